<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>CardCommands</name>
    <message>
      <source>Add ticket card</source>
      <translation>Ajouter une fiche ticket</translation>
    </message>
    <message>
      <source>Delete ticket card</source>
      <translation>Supprimer la fiche ticket</translation>
    </message>
    <message>
      <source>Edit ticket card</source>
      <translation>Modifier la fiche ticket</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <source>(not set)</source>
      <translation>(non renseigné)</translation>
    </message>
    <message>
      <source>Expected path</source>
      <translation>Chemin attendu</translation>
    </message>
    <message>
      <source>Forget the expected path</source>
      <translation>Oublier le chemin attendu</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>No expected path: the quiz compares with the model's own choices.</source>
      <translation>Pas de chemin attendu : le quiz compare avec les choix du modèle.</translation>
    </message>
    <message>
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <source>e.g. Password reset by e-mail, P3</source>
      <translation>p. ex. Réinitialisation de mot de passe par e-mail, P3</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
      <source>&amp;Presenter Mode</source>
      <translation>Mode &amp;présentateur</translation>
    </message>
    <message>
      <source>&amp;Quiz Mode</source>
      <translation>Mode &amp;quiz</translation>
    </message>
    <message>
      <source>A PDF with each ticket card's path as numbered steps</source>
      <translation>Un PDF avec le chemin de chaque fiche ticket en étapes numérotées</translation>
    </message>
    <message>
      <source>Full screen and large type for a projector; Escape leaves</source>
      <translation>Plein écran et grands caractères pour un projecteur ; Échap pour sortir</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print &amp;Handout…</source>
      <translation>Imprimer le &amp;support de formation…</translation>
    </message>
    <message>
      <source>Print Handout</source>
      <translation>Imprimer le support de formation</translation>
    </message>
    <message>
      <source>Start &amp;Walkthrough</source>
      <translation>Commencer un &amp;parcours</translation>
    </message>
    <message>
      <source>Step a sample ticket through the blueprint</source>
      <translation>Faire passer un ticket d’exemple pas à pas dans le blueprint</translation>
    </message>
    <message>
      <source>The handout could not be written: {why}</source>
      <translation>Le support n’a pas pu être écrit : {why}</translation>
    </message>
    <message>
      <source>The handout needs the PDF export, which is not installed in this version</source>
      <translation>Le support demande l’export PDF, absent de cette version</translation>
    </message>
    <message>
      <source>The trainee chooses the branch at each decision and is scored</source>
      <translation>L’apprenant choisit la branche à chaque décision et reçoit un score</translation>
    </message>
  </context>
  <context>
    <name>Walkthrough</name>
    <message>
      <source>#{n} · {kind}</source>
      <translation>N° {n} · {kind}</translation>
    </message>
    <message>
      <source>Cards</source>
      <translation>Fiches</translation>
    </message>
    <message>
      <source>Choose a ticket card, then press Right to start.</source>
      <translation>Choisissez une fiche ticket, puis appuyez sur Droite pour commencer.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Clock: {elapsed} counted, {wall} since arrival</source>
      <translation>Horloge : {elapsed} décomptés, {wall} depuis l’arrivée</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Copy the template response to the clipboard</source>
      <translation>Copier la réponse type dans le presse-papiers</translation>
    </message>
    <message>
      <source>Create, edit or delete ticket cards (undoable)</source>
      <translation>Créer, modifier ou supprimer des fiches ticket (annulable)</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <source>Delete ticket card</source>
      <translation>Supprimer la fiche ticket</translation>
    </message>
    <message>
      <source>Edit ticket card…</source>
      <translation>Modifier la fiche ticket…</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Escalations: {n}</source>
      <translation>Escalades : {n}</translation>
    </message>
    <message>
      <source>Fields to fill in</source>
      <translation>Champs à remplir</translation>
    </message>
    <message>
      <source>Fill in first: {fields}</source>
      <translation>À remplir d’abord : {fields}</translation>
    </message>
    <message>
      <source>First response: given after {time} (target {target})</source>
      <translation>Première réponse : donnée après {time} (objectif {target})</translation>
    </message>
    <message>
      <source>First response: {left}</source>
      <translation>Première réponse : {left}</translation>
    </message>
    <message>
      <source>First response: {met}</source>
      <translation>Première réponse : {met}</translation>
    </message>
    <message>
      <source>History (click to go back)</source>
      <translation>Historique (cliquer pour revenir)</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <source>Just done: {what}</source>
      <translation>Vient d’être fait : {what}</translation>
    </message>
    <message>
      <source>Needs: {fields}</source>
      <translation>Demande : {fields}</translation>
    </message>
    <message>
      <source>New ticket</source>
      <translation>Nouveau ticket</translation>
    </message>
    <message>
      <source>New ticket card…</source>
      <translation>Nouvelle fiche ticket…</translation>
    </message>
    <message>
      <source>Next — Right or Space · 1–9 a branch · Left back</source>
      <translation>Suite — Droite ou Espace · 1–9 une branche · Gauche retour</translation>
    </message>
    <message>
      <source>No SLA applies to this ticket.</source>
      <translation>Aucun SLA ne s’applique à ce ticket.</translation>
    </message>
    <message>
      <source>No branch is offered here.</source>
      <translation>Aucune branche n’est proposée ici.</translation>
    </message>
    <message>
      <source>Not offered: {why}</source>
      <translation>Non proposée : {why}</translation>
    </message>
    <message>
      <source>Not this branch. {reason}</source>
      <translation>Pas cette branche. {reason}</translation>
    </message>
    <message>
      <source>Open a blueprint to start a walkthrough.</source>
      <translation>Ouvrez un blueprint pour commencer un parcours.</translation>
    </message>
    <message>
      <source>Outcome: {outcome}</source>
      <translation>Issue : {outcome}</translation>
    </message>
    <message>
      <source>Path: {path}</source>
      <translation>Chemin : {path}</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <source>Quiz score: {right} / {total} decisions right at the first try</source>
      <translation>Score du quiz : {right} / {total} décisions justes du premier coup</translation>
    </message>
    <message>
      <source>Refused: {code}</source>
      <translation>Refusé : {code}</translation>
    </message>
    <message>
      <source>Resolution: {left}</source>
      <translation>Résolution : {left}</translation>
    </message>
    <message>
      <source>Resolution: {met}</source>
      <translation>Résolution : {met}</translation>
    </message>
    <message>
      <source>Restart</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <source>Right: {reason}</source>
      <translation>Exact : {reason}</translation>
    </message>
    <message>
      <source>Roadmap</source>
      <translation>Feuille de route</translation>
    </message>
    <message>
      <source>SLA clock</source>
      <translation>Horloge du SLA</translation>
    </message>
    <message>
      <source>SLA: {name}</source>
      <translation>SLA : {name}</translation>
    </message>
    <message>
      <source>Satisfaction survey</source>
      <translation>Enquête de satisfaction</translation>
    </message>
    <message>
      <source>Save the path walked as the card's expected path</source>
      <translation>Enregistrer le chemin parcouru comme chemin attendu de la fiche</translation>
    </message>
    <message>
      <source>Start the ticket card again from its intake</source>
      <translation>Reprendre la fiche ticket depuis son arrivée</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <source>Template response</source>
      <translation>Réponse type</translation>
    </message>
    <message>
      <source>Template response copied.</source>
      <translation>Réponse type copiée.</translation>
    </message>
    <message>
      <source>The SLA clock is paused here.</source>
      <translation>L’horloge du SLA est en pause ici.</translation>
    </message>
    <message>
      <source>The blueprint has errors; fix them to start a walkthrough:</source>
      <translation>Le blueprint contient des erreurs ; corrigez-les pour commencer un parcours :</translation>
    </message>
    <message>
      <source>The customer sees: {what}</source>
      <translation>Le client voit : {what}</translation>
    </message>
    <message>
      <source>The path was saved to the ticket card.</source>
      <translation>Le chemin a été enregistré dans la fiche ticket.</translation>
    </message>
    <message>
      <source>The ticket card was deleted.</source>
      <translation>La fiche ticket a été supprimée.</translation>
    </message>
    <message>
      <source>The ticket has reached an end.</source>
      <translation>Le ticket est arrivé à une fin.</translation>
    </message>
    <message>
      <source>The ticket has reached an end. Left goes back.</source>
      <translation>Le ticket est arrivé à une fin. Gauche revient en arrière.</translation>
    </message>
    <message>
      <source>The trainee chooses the branch at each decision</source>
      <translation>L’apprenant choisit la branche à chaque décision</translation>
    </message>
    <message>
      <source>There is no such branch.</source>
      <translation>Cette branche n’existe pas.</translation>
    </message>
    <message>
      <source>These values are not allowed: {fields}</source>
      <translation>Ces valeurs ne sont pas permises : {fields}</translation>
    </message>
    <message>
      <source>This blueprint has no ticket cards: create one to start.</source>
      <translation>Ce blueprint n’a aucune fiche ticket : créez-en une pour commencer.</translation>
    </message>
    <message>
      <source>This branch is not offered: {why}</source>
      <translation>Cette branche n’est pas proposée : {why}</translation>
    </message>
    <message>
      <source>This step has no time limit to escalate on.</source>
      <translation>Cette étape n’a pas de délai au-delà duquel escalader.</translation>
    </message>
    <message>
      <source>This ticket card cannot be walked: {why}</source>
      <translation>Cette fiche ticket ne peut pas être parcourue : {why}</translation>
    </message>
    <message>
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <source>Ticket card:</source>
      <translation>Fiche ticket :</translation>
    </message>
    <message>
      <source>Time limit of {time} passes: escalate to {target}</source>
      <translation>Délai de {time} dépassé : escalader vers {target}</translation>
    </message>
    <message>
      <source>Time: {wall} since arrival, {elapsed} on the SLA clock</source>
      <translation>Durée : {wall} depuis l’arrivée, {elapsed} à l’horloge du SLA</translation>
    </message>
    <message>
      <source>Type here…</source>
      <translation>Saisir ici…</translation>
    </message>
    <message>
      <source>Wait for customer</source>
      <translation>Attente du client</translation>
    </message>
    <message>
      <source>Walkthrough</source>
      <translation>Parcours</translation>
    </message>
    <message>
      <source>When this step is done: {what}</source>
      <translation>Quand cette étape est faite : {what}</translation>
    </message>
    <message>
      <source>Your turn: choose the branch with its number key.</source>
      <translation>À vous : choisissez la branche avec sa touche numérique.</translation>
    </message>
    <message>
      <source>business hours, now {when}</source>
      <translation>heures ouvrées, il est {when}</translation>
    </message>
    <message>
      <source>for “{branch}”</source>
      <translation>pour « {branch} »</translation>
    </message>
    <message>
      <source>met</source>
      <translation>respecté</translation>
    </message>
    <message>
      <source>missed</source>
      <translation>manqué</translation>
    </message>
    <message>
      <source>no target</source>
      <translation>sans objectif</translation>
    </message>
    <message>
      <source>overdue by {time}</source>
      <translation>dépassé de {time}</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>{d} d</source>
      <translation>{d} j</translation>
    </message>
    <message>
      <source>{d} d {h} h</source>
      <translation>{d} j {h} h</translation>
    </message>
    <message>
      <source>{h} h</source>
      <translation>{h} h</translation>
    </message>
    <message>
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d}</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <source>{time} left of {target}</source>
      <translation>reste {time} sur {target}</translation>
    </message>
  </context>
</TS>
