<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>Diagnostics</name>
    <message>
      <source>Tickets that enter the loop {nodes} can never leave it: the branch probabilities, or the survey's answer, never lead to a way out.</source>
      <translation>Les tickets qui entrent dans la boucle {nodes} ne peuvent jamais en sortir : les probabilités des branches, ou la réponse à l’enquête, ne mènent jamais vers une sortie.</translation>
    </message>
    <message>
      <source>The pool '{pool}' has more work than agents: by the queueing estimate it would be busy {utilisation} % of the time, so its queue grows without end. Add agents or lower the arrivals.</source>
      <translation>L’équipe « {pool} » a plus de travail que d’agents : d’après l’estimation par la théorie des files d’attente, elle serait occupée {utilisation} % du temps, et sa file d’attente grossit sans fin. Ajoutez des agents ou réduisez les arrivées.</translation>
    </message>
    <message>
      <source>Too many arrivals ({setting}): {rate} tickets an hour, more than the simulator can handle ({limit} an hour at most).</source>
      <translation>Trop d’arrivées ({setting}) : {rate} tickets par heure, plus que le simulateur ne peut traiter ({limit} par heure au maximum).</translation>
    </message>
    <message>
      <source>Too long ({setting}): {days} days on average, more than the {limit} days the simulator accepts. Times are in minutes.</source>
      <translation>Durée trop longue ({setting}) : {days} jours en moyenne, au-delà des {limit} jours acceptés par le simulateur. Les durées sont en minutes.</translation>
    </message>
    <message>
      <source>Spread too large ({setting}): its values cannot be computed; use a smaller standard deviation.</source>
      <translation>Dispersion trop grande ({setting}) : ses valeurs ne peuvent pas être calculées ; réduisez l’écart-type.</translation>
    </message>
    <message>
      <source>duration</source>
      <translation>durée</translation>
    </message>
    <message>
      <source>duration of a rule</source>
      <translation>durée d’une règle</translation>
    </message>
    <message>
      <source>customer response time</source>
      <translation>délai de réponse du client</translation>
    </message>
    <message>
      <source>time between arrivals</source>
      <translation>temps entre deux arrivées</translation>
    </message>
    <message>
      <source>customer patience</source>
      <translation>patience du client</translation>
    </message>
    <message>
      <source>distribution of this field</source>
      <translation>distribution de ce champ</translation>
    </message>
    <message>
      <source>time limit</source>
      <translation>délai maximal</translation>
    </message>
    <message>
      <source>timeout</source>
      <translation>délai d’attente maximal</translation>
    </message>
    <message>
      <source>arrival rate</source>
      <translation>taux d’arrivée</translation>
    </message>
    <message>
      <source>busiest hour of the weekly schedule</source>
      <translation>heure la plus chargée du planning hebdomadaire</translation>
    </message>
  </context>
  <context>
    <name>Diagnostics</name>
    <message>
      <source>The scenario '{scenario}' would cost about {steps} ticket steps, more than the {limit} a run does in a few minutes: it may run for hours. Ask for fewer tickets, a shorter horizon or fewer replications.</source>
      <translation>Le scénario « {scenario} » coûterait environ {steps} passages de tickets, plus que les {limit} qu’une simulation traite en quelques minutes : elle pourrait durer des heures. Demandez moins de tickets, une durée plus courte ou moins de réplications.</translation>
    </message>
  </context>
  <context>
    <name>RunStatus</name>
    <message>
      <source>Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time. Add agents or lower the arrivals.</source>
      <translation>Instable : la file d’attente de « {node} » a dépassé {limit} tickets après {time} de temps simulé. La simulation a été arrêtée là : ses chiffres ne couvrent que cette période. Ajoutez des agents ou réduisez les arrivées.</translation>
    </message>
    <message>
      <source>Unstable: a ticket entered {node} {limit} times without reaching an end, a loop it never leaves. The run was stopped after {time} of simulated time.</source>
      <translation>Instable : un ticket est passé {limit} fois par « {node} » sans atteindre de fin, dans une boucle dont il ne sort jamais. La simulation a été arrêtée après {time} de temps simulé.</translation>
    </message>
    <message>
      <source>Unstable: more than {limit} tickets were open at once. The run was stopped after {time} of simulated time.</source>
      <translation>Instable : plus de {limit} tickets étaient ouverts en même temps. La simulation a été arrêtée après {time} de temps simulé.</translation>
    </message>
    <message>
      <source>Unstable: more than {limit} events were waiting to happen. The run was stopped after {time} of simulated time.</source>
      <translation>Instable : plus de {limit} événements étaient en attente. La simulation a été arrêtée après {time} de temps simulé.</translation>
    </message>
    <message>
      <source>Unfinished: {open} tickets never reached an end ({time} of simulated time).</source>
      <translation>Inachevée : {open} tickets n’ont jamais atteint de fin ({time} de temps simulé).</translation>
    </message>
    <message>
      <source>No ticket was measured: every ticket arrived during the warm-up ({warmup}). Use a shorter warm-up or a longer horizon.</source>
      <translation>Aucun ticket mesuré : tous les tickets sont arrivés pendant la mise en régime ({warmup}). Raccourcissez la mise en régime ou allongez la durée simulée.</translation>
    </message>
  </context>
  <context>
    <name>SimulateCommand</name>
    <message>
      <source>{title} — scenario {scenario}, {replications} replication(s), seed {seed}</source>
      <translation>{title} — scénario {scenario}, {replications} réplication(s), graine {seed}</translation>
    </message>
    <message>
      <source>default settings</source>
      <translation>paramètres par défaut</translation>
    </message>
    <message>
      <source>Horizon {horizon}, warm-up: {warmup}</source>
      <translation>Durée simulée {horizon}, mise en régime : {warmup}</translation>
    </message>
    <message>
      <source>{tickets} tickets measured, warm-up: {warmup}</source>
      <translation>{tickets} tickets mesurés, mise en régime : {warmup}</translation>
    </message>
    <message>
      <source>event loop: compiled</source>
      <translation>boucle d’événements compilée</translation>
    </message>
    <message>
      <source>event loop: Python (slower)</source>
      <translation>boucle d’événements en Python (plus lente)</translation>
    </message>
    <message>
      <source>This run would cost about {steps} ticket steps ({tickets} tickets × {nodes} nodes × {replications} replication(s)), more than the {limit} run without --force. Ask for fewer tickets, a shorter horizon or fewer replications, or add --force.</source>
      <translation>Cette simulation coûterait environ {steps} passages de tickets ({tickets} tickets × {nodes} nœuds × {replications} réplication(s)), plus que les {limit} admis sans --force. Demandez moins de tickets, une durée plus courte ou moins de réplications, ou ajoutez --force.</translation>
    </message>
    <message>
      <source>no warm-up</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>The simulation could not be computed: {reason}. Check the durations and rates of the blueprint.</source>
      <translation>La simulation n’a pas pu être calculée : {reason}. Vérifiez les durées et les taux d’arrivée du blueprint.</translation>
    </message>
    <message>
      <source>not enough memory</source>
      <translation>mémoire insuffisante</translation>
    </message>
    <message>
      <source>a number too large</source>
      <translation>un nombre trop grand</translation>
    </message>
  </context>
  <context>
    <name>ScenarioForm</name>
    <message>
      <source>Tickets measured: those arriving after the warm-up; the run then lets them reach an end</source>
      <translation>Tickets mesurés : ceux qui arrivent après la mise en régime ; la simulation les laisse ensuite atteindre une fin</translation>
    </message>
  </context>
</TS>
