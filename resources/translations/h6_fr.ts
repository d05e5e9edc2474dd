<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>Canvas</name>
    <message>
      <source>Connect to…</source>
      <translation>Relier à…</translation>
    </message>
    <message>
      <source>Connect to</source>
      <translation>Relier à</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>Relier</translation>
    </message>
    <message>
      <source>Connect “{origin}” to:</source>
      <translation>Relier « {origin} » à :</translation>
    </message>
    <message>
      <source>{count} nodes</source>
      <translation>{count} nœuds</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <source>Type part of a name</source>
      <translation>Tapez une partie du nom</translation>
    </message>
    <message>
      <source>Filter the nodes by name</source>
      <translation>Filtrer les nœuds par nom</translation>
    </message>
    <message>
      <source>Nodes</source>
      <translation>Nœuds</translation>
    </message>
    <message>
      <source>There is no other node to connect to yet.</source>
      <translation>Il n’y a encore aucun autre nœud à relier.</translation>
    </message>
    <message>
      <source>No node has this name.</source>
      <translation>Aucun nœud ne porte ce nom.</translation>
    </message>
    <message>
      <source>Insert “{kind}”</source>
      <translation>Insérer « {kind} »</translation>
    </message>
    <message>
      <source>Select the node to connect from, then choose Connect to…</source>
      <translation>Sélectionnez le nœud de départ, puis choisissez Relier à…</translation>
    </message>
    <message>
      <source>Select outgoing link</source>
      <translation>Sélectionner le lien sortant</translation>
    </message>
    <message>
      <source>Select incoming link</source>
      <translation>Sélectionner le lien entrant</translation>
    </message>
    <message>
      <source>This node has no outgoing link.</source>
      <translation>Ce nœud n’a aucun lien sortant.</translation>
    </message>
    <message>
      <source>This node has no incoming link.</source>
      <translation>Ce nœud n’a aucun lien entrant.</translation>
    </message>
  </context>
  <context>
    <name>PaletteWidget</name>
    <message>
      <source>Drag onto the canvas, or click then click on the canvas; Enter inserts it next to the selected node</source>
      <translation>Faites-le glisser sur le canevas, ou cliquez dessus puis sur le canevas ; Entrée l’insère à côté du nœud sélectionné</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>Link the selected nodes to a node chosen by name</source>
      <translation>Relier les nœuds sélectionnés à un nœud choisi par son nom</translation>
    </message>
    <message>
      <source>Select the links leaving the selected node, one after the other</source>
      <translation>Sélectionner tour à tour les liens qui partent du nœud sélectionné</translation>
    </message>
    <message>
      <source>Select the links arriving at the selected node, one after the other</source>
      <translation>Sélectionner tour à tour les liens qui arrivent au nœud sélectionné</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Insert a “{kind}” node next to the selected one, linked to it, and type its name</source>
      <translation>Insérer un nœud « {kind} » à côté du nœud sélectionné, relié à lui, puis saisir son nom</translation>
    </message>
  </context>
</TS>
