<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>LoadErrors</name>
    <message>
      <source>it is not a file (a device, a pipe or a socket)</source>
      <translation>ce n’est pas un fichier (mais un périphérique, un tube ou un socket)</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>le fichier est vide</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>“{name}” cannot be read.</source>
      <translation>Impossible de lire « {name} ».</translation>
    </message>
  </context>
  <context>
    <name>SimulateCommand</name>
    <message>
      <source>cannot write the event log “{name}”: {reason}</source>
      <translation>impossible d’écrire le journal d’événements « {name} » : {reason}</translation>
    </message>
  </context>
  <context>
    <name>RunStatus</name>
    <message>
      <source>No ticket arrived during the run. Check the arrival rates of the intakes, or use a longer horizon.</source>
      <translation>Aucun ticket n’est arrivé pendant la simulation. Vérifiez les taux d’arrivée des entrées, ou allongez la durée simulée.</translation>
    </message>
  </context>
</TS>
