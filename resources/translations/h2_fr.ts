<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;Minimap</source>
      <translation>Vue d’&amp;ensemble</translation>
    </message>
    <message>
      <source>Show an overview of the whole drawing in a corner of the canvas; click or drag in it to move around</source>
      <translation>Afficher une vue d’ensemble de tout le schéma dans un coin du canevas ; cliquez ou faites glisser dedans pour vous y déplacer</translation>
    </message>
  </context>
</TS>
