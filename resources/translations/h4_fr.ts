<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>Training</name>
    <message>
      <location filename="../../app/training_workspace.py" line="0" />
      <source>Walkthrough ended: the blueprint is ready for editing.</source>
      <translation>Parcours guidé terminé : le blueprint est prêt à être modifié.</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="0" />
      <source>Start &amp;walkthrough</source>
      <translation>Démarrer le &amp;parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="0" />
      <source>&amp;Presenter mode</source>
      <translation>Mode &amp;présentation</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="0" />
      <source>&amp;Quiz mode</source>
      <translation>Mode &amp;quiz</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="0" />
      <source>Print &amp;handout…</source>
      <translation>Imprimer le &amp;support de formation…</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="0" />
      <source>&amp;End walkthrough</source>
      <translation>&amp;Terminer le parcours guidé</translation>
    </message>
    <message>
      <location filename="../../app/training_workspace.py" line="0" />
      <source>Remove the highlight and go back to editing (Esc in the walkthrough panel)</source>
      <translation>Retirer la mise en évidence et revenir à l’édition (Échap dans le panneau du parcours guidé)</translation>
    </message>
  </context>
  <context>
    <name>Walkthrough</name>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Done on leaving “{step}”: {what}</source>
      <translation>Fait en quittant « {step} » : {what}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>◀ Back</source>
      <translation>◀ Retour</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Back to the previous step (Left)</source>
      <translation>Revenir à l’étape précédente (Gauche)</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>End the walkthrough and go back to editing (Esc)</source>
      <translation>Terminer le parcours guidé et revenir à l’édition (Échap)</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Next — Right or Space · 1–9 a branch · Left back · Esc ends</source>
      <translation>Suite — Droite ou Espace · 1–9 une branche · Gauche retour · Échap termine</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Quiz on from this step: choose the branch at each decision with its number key. Restart begins the card again.</source>
      <translation>Quiz activé à partir de cette étape : à chaque décision, choisissez la branche avec sa touche numérique. « Recommencer » reprend la fiche depuis le début.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Quiz off: Right follows the card's story again.</source>
      <translation>Quiz désactivé : la touche Droite suit de nouveau le scénario de la fiche.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>The walkthrough has ended. Choose a ticket card to start again.</source>
      <translation>Le parcours guidé est terminé. Choisissez une fiche ticket pour recommencer.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>The ticket has reached an end. Left goes back.</source>
      <translation>Le ticket est arrivé à une fin. Gauche revient en arrière.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Your turn: choose the branch with its number key.</source>
      <translation>À vous : choisissez la branche avec sa touche numérique.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>No branch is offered here.</source>
      <translation>Aucune branche n’est proposée ici.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Not this branch. {reason}</source>
      <translation>Pas cette branche. {reason}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Right: {reason}</source>
      <translation>Exact : {reason}</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Template response copied.</source>
      <translation>Réponse type copiée.</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>New ticket</source>
      <translation>Nouveau ticket</translation>
    </message>
    <message>
      <location filename="../../app/docks/walkthrough.py" line="0" />
      <source>The path was saved to the ticket card.</source>
      <translation>Le parcours a été enregistré dans la fiche ticket.</translation>
    </message>
  </context>
</TS>
