<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>ExportDialog</name>
    <message>
      <source>The blueprint</source>
      <translation>Le blueprint</translation>
    </message>
    <message>
      <source>Choose at least one part: the blueprint, the simulation report or the training handout.</source>
      <translation>Choisissez au moins un élément : le blueprint, le rapport de simulation ou le support de formation.</translation>
    </message>
    <message>
      <source>Drawing the image…</source>
      <translation>Dessin de l’image…</translation>
    </message>
    <message>
      <source>A {width} × {height} pixel image is too large: choose a lower resolution.</source>
      <translation>Une image de {width} × {height} pixels est trop grande : choisissez une résolution plus basse.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>Vous n’avez pas le droit d’écrire dans le dossier {folder} : choisissez un autre dossier.</translation>
    </message>
    <message>
      <source>{name} could not be written: the disk refused the data (is it full?).</source>
      <translation>Impossible d’écrire {name} : le disque a refusé les données (est-il plein ?).</translation>
    </message>
    <message>
      <source>The resolution must be between 24 and 1200 dpi.</source>
      <translation>La résolution doit être comprise entre 24 et 1200 ppp.</translation>
    </message>
    <message>
      <source>{name} could not be written: {reason}</source>
      <translation>Impossible d’écrire {name} : {reason}</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written.</source>
      <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
      <source>Printed at {percent} % of full size: step names about {points} pt high.</source>
      <translation>Imprimé à {percent} % de la taille réelle : noms des étapes hauts d’environ {points} pt.</translation>
    </message>
    <message>
      <source>Too small to read: choose a poster over several pages or a larger paper.</source>
      <translation>Trop petit pour être lu : choisissez l’affiche sur plusieurs pages ou un papier plus grand.</translation>
    </message>
    <message>
      <source>Poster of {columns} × {rows} sheets.</source>
      <translation>Affiche de {columns} × {rows} feuilles.</translation>
    </message>
  </context>
  <context>
    <name>PdfExportWorker</name>
    <message>
      <source>You are not allowed to write in the folder {folder}: choose another folder.</source>
      <translation>Vous n’avez pas le droit d’écrire dans le dossier {folder} : choisissez un autre dossier.</translation>
    </message>
    <message>
      <source>{name} is a folder: choose a file name.</source>
      <translation>{name} est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
      <source>{name} could not be written: {reason}</source>
      <translation>Impossible d’écrire {name} : {reason}</translation>
    </message>
    <message>
      <source>The PDF cannot be made: {reason}</source>
      <translation>Impossible de produire le PDF : {reason}</translation>
    </message>
    <message>
      <source>The PDF could not be written ({reason}).</source>
      <translation>Le PDF n’a pas pu être écrit ({reason}).</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Exported to {path}</source>
      <translation>Exporté dans {path}</translation>
    </message>
  </context>
</TS>
