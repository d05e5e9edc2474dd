<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>Diagnostics</name>
    <message>
      <source>{subject} points to a node that does not exist ('{node}').</source>
      <translation>{subject} pointe vers un nœud qui n’existe pas (« {node} »).</translation>
    </message>
    <message>
      <source>{subject} sits in a lane that does not exist ('{lane}').</source>
      <translation>{subject} se trouve dans un couloir qui n’existe pas (« {lane} »).</translation>
    </message>
    <message>
      <source>{subject} names an agent pool that does not exist ('{pool}').</source>
      <translation>{subject} désigne une équipe d’agents qui n’existe pas (« {pool} »).</translation>
    </message>
    <message>
      <source>{subject} names a ticket field that does not exist: '{field}'.</source>
      <translation>{subject} désigne un champ de ticket qui n’existe pas : « {field} ».</translation>
    </message>
    <message>
      <source>{subject} gives the field '{field}' the value {value!r}, which it does not allow.</source>
      <translation>{subject} donne au champ « {field} » la valeur {value!r}, qu’il n’autorise pas.</translation>
    </message>
    <message>
      <source>No ticket can reach {subject} from an intake.</source>
      <translation>Aucun ticket ne peut atteindre {subject} depuis une entrée.</translation>
    </message>
    <message>
      <source>Dead end: tickets that reach {subject} have no way out.</source>
      <translation>Impasse : les tickets qui arrivent à {subject} n’ont aucune sortie.</translation>
    </message>
    <message>
      <source>Loop with no way out: tickets that enter it ({subjects}) can never reach an end.</source>
      <translation>Boucle sans sortie : les tickets qui y entrent ({subjects}) ne peuvent jamais atteindre une fin.</translation>
    </message>
    <message>
      <source>{subject} has no default branch, and a ticket with {example} matches none of its conditions.</source>
      <translation>{subject} n’a pas de branche par défaut, et un ticket avec {example} ne remplit aucune de ses conditions.</translation>
    </message>
    <message>
      <source>{subject} has no default branch: whether every ticket finds a way out depends on the field '{field}'; add a default branch to be sure.</source>
      <translation>{subject} n’a pas de branche par défaut : que chaque ticket trouve une sortie dépend du champ « {field} » ; ajoutez une branche par défaut pour en être sûr.</translation>
    </message>
    <message>
      <source>The branch probabilities of {subject} add up to {total}, not 1.</source>
      <translation>Les probabilités des branches de {subject} totalisent {total}, et non 1.</translation>
    </message>
    <message>
      <source>Conditions and probabilities are mixed on the branches of {subject}; conditions are tried first.</source>
      <translation>Les branches de {subject} mêlent conditions et probabilités ; les conditions sont essayées d’abord.</translation>
    </message>
    <message>
      <source>Several branches of {subject} have no condition; only the first one will ever be taken.</source>
      <translation>Plusieurs branches de {subject} n’ont pas de condition ; seule la première sera jamais prise.</translation>
    </message>
    <message>
      <source>In {subject}, the {slot} '{text}' cannot be read at column {column}: {detail}.</source>
      <translation>Dans {subject}, la {slot} « {text} » est illisible à la colonne {column} : {detail}.</translation>
    </message>
    <message>
      <source>In {subject}, the {slot} '{text}' uses an unknown field '{field}' (column {column}).</source>
      <translation>Dans {subject}, la {slot} « {text} » utilise un champ inconnu « {field} » (colonne {column}).</translation>
    </message>
    <message>
      <source>In {subject}, the {slot} '{text}' uses the value {value!r}, which the field '{field}' does not allow (column {column}).</source>
      <translation>Dans {subject}, la {slot} « {text} » utilise la valeur {value!r}, que le champ « {field} » n’autorise pas (colonne {column}).</translation>
    </message>
    <message>
      <source>In {subject}, the {slot} '{text}' compares values of different kinds or is not a yes/no test (column {column}).</source>
      <translation>Dans {subject}, la {slot} « {text} » compare des valeurs de types différents ou n’est pas un test oui/non (colonne {column}).</translation>
    </message>
    <message>
      <source>{subject} has no agent pool: give it one, or put it in a lane that has one.</source>
      <translation>{subject} n’a pas d’équipe d’agents : donnez-lui-en une, ou placez-la dans un couloir qui en a une.</translation>
    </message>
    <message>
      <source>{pool} has no agents at any time, but tickets reach {second}, a step it serves.</source>
      <translation>{pool} n’a aucun agent à aucun moment, mais des tickets arrivent à {second}, une étape qu’elle traite.</translation>
    </message>
    <message>
      <source>{subject} has a time limit but no escalation target.</source>
      <translation>{subject} a un délai maximal mais pas de cible d’escalade.</translation>
    </message>
    <message>
      <source>{subject} sends tickets on to {target}, which cannot take them ({reason}).</source>
      <translation>{subject} envoie des tickets vers {target}, qui ne peut pas les prendre ({reason}).</translation>
    </message>
    <message>
      <source>{subject} has a timeout but no node to go to when it runs out.</source>
      <translation>{subject} a un délai d’attente mais aucun nœud où aller quand il expire.</translation>
    </message>
    <message>
      <source>A flow goes into {subject}; intakes only start tickets.</source>
      <translation>Un flux entre dans {subject} ; une entrée ne fait que créer des tickets.</translation>
    </message>
    <message>
      <source>{subject} has outgoing flows; they are never taken.</source>
      <translation>{subject} a des flux sortants ; ils ne sont jamais pris.</translation>
    </message>
    <message>
      <source>{subject} is a ticket flow, but a flow cannot go to or from physical evidence or a note; use an association.</source>
      <translation>{subject} est un flux de tickets, mais un flux ne peut ni partir d’une preuve matérielle ou d’une note, ni y aboutir ; utilisez une association.</translation>
    </message>
    <message>
      <source>{subject} is an association between two process nodes; use a flow, or tie evidence or a note instead.</source>
      <translation>{subject} est une association entre deux nœuds du processus ; utilisez un flux, ou rattachez plutôt une preuve matérielle ou une note.</translation>
    </message>
    <message>
      <source>{subject} is an association between two annotations; tie evidence or notes to a process node.</source>
      <translation>{subject} est une association entre deux annotations ; rattachez les preuves matérielles ou les notes à un nœud du processus.</translation>
    </message>
    <message>
      <source>The lane order breaks the lines of interaction, visibility and internal interaction: {subject} ({above}) sits above {second} ({below}).</source>
      <translation>L’ordre des couloirs rompt les lignes d’interaction, de visibilité et d’interaction interne : {subject} ({above}) est au-dessus de {second} ({below}).</translation>
    </message>
    <message>
      <source>{subject} goes straight from the customer to a support process, skipping the front stage.</source>
      <translation>{subject} va directement du client à un processus de support, sans passer par le front office.</translation>
    </message>
    <message>
      <source>{subject} counts business hours, but its calendar pool has no shifts; it will count every hour.</source>
      <translation>{subject} compte les heures ouvrées, mais l’équipe qui lui sert de calendrier n’a pas d’horaires ; toutes les heures seront comptées.</translation>
    </message>
    <message>
      <source>{subject} has an arrival rate of zero: no ticket will arrive there.</source>
      <translation>{subject} a un taux d’arrivée nul : aucun ticket n’y arrivera.</translation>
    </message>
    <message>
      <source>The expected path of {subject} does not follow the flows from an intake.</source>
      <translation>Le parcours attendu de {subject} ne suit pas les flux depuis une entrée.</translation>
    </message>
    <message>
      <source>{pool} has more work than agents: by the queueing estimate it would be busy {utilisation} % of the time, so its queue grows without end. Add agents or lower the arrivals.</source>
      <translation>{pool} a plus de travail que d’agents : d’après l’estimation par la théorie des files d’attente, elle serait occupée {utilisation} % du temps, et sa file d’attente grossit sans fin. Ajoutez des agents ou réduisez les arrivées.</translation>
    </message>
    <message>
      <source>Too many arrivals at {subject} ({setting}): {rate} tickets an hour, more than the simulator can handle ({limit} an hour at most).</source>
      <translation>Trop d’arrivées à {subject} ({setting}) : {rate} tickets par heure, plus que le simulateur ne peut traiter ({limit} par heure au maximum).</translation>
    </message>
    <message>
      <source>Too long for {subject} ({setting}): {days} days on average, more than the {limit} days the simulator accepts. Times are in minutes.</source>
      <translation>Durée trop longue pour {subject} ({setting}) : {days} jours en moyenne, au-delà des {limit} jours acceptés par le simulateur. Les durées sont en minutes.</translation>
    </message>
    <message>
      <source>Spread too large for {subject} ({setting}): its values cannot be computed; use a smaller standard deviation.</source>
      <translation>Dispersion trop grande pour {subject} ({setting}) : ses valeurs ne peuvent pas être calculées ; réduisez l’écart-type.</translation>
    </message>
    <message>
      <source>{subject} would cost about {steps} ticket steps, more than the {limit} a run does in a few minutes: it may run for hours. Ask for fewer tickets, a shorter horizon or fewer replications.</source>
      <translation>{subject} coûterait environ {steps} passages de tickets, plus que les {limit} qu’une simulation traite en quelques minutes : elle pourrait durer des heures. Demandez moins de tickets, une durée plus courte ou moins de réplications.</translation>
    </message>
    <message>
      <source>the intake {name}</source>
      <translation>l’entrée {name}</translation>
    </message>
    <message>
      <source>the step {name}</source>
      <translation>l’étape {name}</translation>
    </message>
    <message>
      <source>the decision {name}</source>
      <translation>la décision {name}</translation>
    </message>
    <message>
      <source>the wait {name}</source>
      <translation>l’attente {name}</translation>
    </message>
    <message>
      <source>the satisfaction survey {name}</source>
      <translation>l’enquête de satisfaction {name}</translation>
    </message>
    <message>
      <source>the roadmap {name}</source>
      <translation>la feuille de route {name}</translation>
    </message>
    <message>
      <source>the end {name}</source>
      <translation>la fin {name}</translation>
    </message>
    <message>
      <source>the evidence {name}</source>
      <translation>la preuve matérielle {name}</translation>
    </message>
    <message>
      <source>the note {name}</source>
      <translation>la note {name}</translation>
    </message>
    <message>
      <source>the link from {source} to {target}</source>
      <translation>le lien de {source} vers {target}</translation>
    </message>
    <message>
      <source>the link {name} from {source} to {target}</source>
      <translation>le lien {name} de {source} vers {target}</translation>
    </message>
    <message>
      <source>the lane {name}</source>
      <translation>le couloir {name}</translation>
    </message>
    <message>
      <source>the pool {name}</source>
      <translation>l’équipe {name}</translation>
    </message>
    <message>
      <source>the scenario {name}</source>
      <translation>le scénario {name}</translation>
    </message>
    <message>
      <source>the SLA {name}</source>
      <translation>le SLA {name}</translation>
    </message>
    <message>
      <source>the ticket card {name}</source>
      <translation>la fiche ticket {name}</translation>
    </message>
    <message>
      <source>“{title}”</source>
      <translation>« {title} »</translation>
    </message>
    <message>
      <source>{number} (untitled)</source>
      <translation>{number} (sans titre)</translation>
    </message>
    <message>
      <source>a missing node</source>
      <translation>un nœud manquant</translation>
    </message>
    <message>
      <source>this element</source>
      <translation>cet élément</translation>
    </message>
    <message>
      <source>{severity}: {message}</source>
      <translation>{severity} : {message}</translation>
    </message>
  </context>
  <context>
    <name>Properties</name>
    <message>
      <source>Link</source>
      <translation>Lien</translation>
    </message>
    <message>
      <source>Lane</source>
      <translation>Couloir</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Phase</translation>
    </message>
    <message>
      <source>Pool</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <source>{kind} {number} (untitled)</source>
      <translation>{kind} {number} (sans titre)</translation>
    </message>
    <message>
      <source>{kind} (lane {number}, untitled)</source>
      <translation>{kind} (couloir {number}, sans titre)</translation>
    </message>
    <message>
      <source>“{title}”</source>
      <translation>« {title} »</translation>
    </message>
    <message>
      <source>{source} → {target}</source>
      <translation>{source} → {target}</translation>
    </message>
    <message>
      <source>(missing element)</source>
      <translation>(élément introuvable)</translation>
    </message>
    <message>
      <source>{kind} · {name}</source>
      <translation>{kind} · {name}</translation>
    </message>
    <message>
      <source>{kind} {number} · untitled</source>
      <translation>{kind} {number} · sans titre</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scénario</translation>
    </message>
    <message>
      <source>SLA</source>
      <translation>SLA</translation>
    </message>
    <message>
      <source>Ticket card</source>
      <translation>Fiche ticket</translation>
    </message>
  </context>
</TS>
