<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>ResultsDock</name>
    <message>
      <source>Run simulation</source>
      <translation>Lancer la simulation</translation>
    </message>
    <message>
      <source>Run the chosen scenario of this blueprint (Ctrl+R)</source>
      <translation>Simuler le scénario choisi de ce blueprint (Ctrl+R)</translation>
    </message>
    <message>
      <source>No simulation run for {title} yet.</source>
      <translation>Pas encore de simulation pour « {title} ».</translation>
    </message>
    <message>
      <source>No blueprint is open.</source>
      <translation>Aucun blueprint n’est ouvert.</translation>
    </message>
    <message>
      <source>{title} — {scenario}</source>
      <translation>{title} — {scenario}</translation>
    </message>
    <message>
      <source>{runs} replication(s), run {when}</source>
      <translation>{runs} réplication(s), simulation lancée {when}</translation>
    </message>
    <message>
      <source>today at {time}</source>
      <translation>aujourd’hui à {time}</translation>
    </message>
    <message>
      <source>on {date} at {time}</source>
      <translation>le {date} à {time}</translation>
    </message>
    <message>
      <source>earlier</source>
      <translation>plus tôt</translation>
    </message>
    <message>
      <source>Replications</source>
      <translation>Réplications</translation>
    </message>
    <message>
      <source>Up to date with the drawing.</source>
      <translation>À jour avec le schéma.</translation>
    </message>
    <message>
      <source>Run before your last edit: these figures may no longer match the drawing.</source>
      <translation>Simulation antérieure à votre dernière modification : ces chiffres peuvent ne plus correspondre au schéma.</translation>
    </message>
    <message>
      <source>Run before your last {n} edits: these figures may no longer match the drawing.</source>
      <translation>Simulation antérieure à vos {n} dernières modifications : ces chiffres peuvent ne plus correspondre au schéma.</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
    <message>
      <source>Mean over the replications that measured it</source>
      <translation>Moyenne sur les réplications qui l’ont mesuré</translation>
    </message>
    <message>
      <source>not measured in these runs</source>
      <translation>non mesuré dans ces réplications</translation>
    </message>
    <message>
      <source>the same in every run</source>
      <translation>identique dans chaque réplication</translation>
    </message>
    <message>
      <source>95 % CI {span}</source>
      <translation>IC 95 % {span}</translation>
    </message>
    <message>
      <source>one run: no interval</source>
      <translation>une seule réplication : pas d’intervalle</translation>
    </message>
    <message>
      <source>measured in {n} of {runs} runs: no interval</source>
      <translation>mesuré dans {n} réplication(s) sur {runs} : pas d’intervalle</translation>
    </message>
  </context>
  <context>
    <name>CompareDock</name>
    <message>
      <source>No comparison for {title} yet: pick A and B, then Compare.</source>
      <translation>Pas encore de comparaison pour « {title} » : choisissez A et B, puis Comparer.</translation>
    </message>
    <message>
      <source>{title}: compared {when}.</source>
      <translation>« {title} » : comparaison lancée {when}.</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;Run simulation</source>
      <translation>&amp;Lancer la simulation</translation>
    </message>
  </context>
  <context>
    <name>SimulationWorkspace</name>
    <message>
      <source>Simulation of {title} finished.</source>
      <translation>Simulation de « {title} » terminée.</translation>
    </message>
    <message>
      <source>Run the chosen scenario in the background ({shortcut})</source>
      <translation>Simuler le scénario choisi en arrière-plan ({shortcut})</translation>
    </message>
    <message>
      <source>this blueprint</source>
      <translation>ce blueprint</translation>
    </message>
  </context>
</TS>
