<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
  <context>
    <name>CardDialog</name>
    <message>
      <source>“{field}” needs a number such as 12 or 3.5; “{text}” is not one.</source>
      <translation>« {field} » attend un nombre, par exemple 12 ou 3,5 ; « {text} » n’en est pas un.</translation>
    </message>
  </context>
  <context>
    <name>Diagnostics</name>
    <message>
      <source>the character {character} is not allowed</source>
      <translation>le caractère {character} n’est pas autorisé</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>Split it into smaller blueprints before you close it, or it cannot be opened again.</source>
      <translation>Scindez-le en blueprints plus petits avant de le fermer ; sinon il ne pourra plus être ouvert.</translation>
    </message>
    <message>
      <source>Too Large to Open Again</source>
      <translation>Trop volumineux pour être rouvert</translation>
    </message>
    <message>
      <source>{reason}. The file on disk is unchanged.</source>
      <translation>{reason}. Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
      <source>“{name}” is back on disk.</source>
      <translation>« {name} » est de nouveau sur le disque.</translation>
    </message>
    <message>
      <source>“{name}” was changed on disk by someone else. Saving will ask what to do.</source>
      <translation>« {name} » a été modifié sur le disque par quelqu’un d’autre. À l’enregistrement, il vous sera demandé quoi faire.</translation>
    </message>
    <message>
      <source>“{name}” was deleted or moved on disk. The document is still open here: save it to write the file again.</source>
      <translation>« {name} » a été supprimé ou déplacé sur le disque. Le document reste ouvert ici : enregistrez-le pour recréer le fichier.</translation>
    </message>
    <message>
      <source>“{name}” was saved, but it has {count} elements in “{collection}”, more than the {limit} Blueprint Studio opens.</source>
      <translation>« {name} » a été enregistré, mais il compte {count} éléments dans « {collection} », plus que les {limit} que Blueprint Studio peut ouvrir.</translation>
    </message>
  </context>
  <context>
    <name>LoadErrors</name>
    <message>
      <source>a file stands where a folder is expected</source>
      <translation>un fichier se trouve à la place d’un dossier</translation>
    </message>
    <message>
      <source>has an unknown kind '{tag}' (expected {expected_tags})</source>
      <translation>est d’un type inconnu « {tag} » (attendu : {expected_tags})</translation>
    </message>
    <message>
      <source>has too many items (at most {max_length})</source>
      <translation>contient trop d’éléments ({max_length} au plus)</translation>
    </message>
    <message>
      <source>has {count} items, more than the {limit} allowed</source>
      <translation>contient {count} éléments, plus que les {limit} autorisés</translation>
    </message>
    <message>
      <source>holds a broken character (half of a UTF-16 pair) that cannot be saved</source>
      <translation>contient un caractère invalide (moitié isolée d’une paire UTF-16) qui ne peut pas être enregistré</translation>
    </message>
    <message>
      <source>holds a broken character ({character}, half of a UTF-16 pair) that cannot be saved</source>
      <translation>contient un caractère invalide ({character}, moitié isolée d’une paire UTF-16) qui ne peut pas être enregistré</translation>
    </message>
    <message>
      <source>is not a known key</source>
      <translation>n’est pas une clé connue</translation>
    </message>
    <message>
      <source>is not a valid identifier (letters, digits, _ . : -)</source>
      <translation>n’est pas un identifiant valide (lettres, chiffres, _ . : -)</translation>
    </message>
    <message>
      <source>is required</source>
      <translation>est obligatoire</translation>
    </message>
    <message>
      <source>is too long (at most {max_length} characters)</source>
      <translation>est trop long ({max_length} caractères au plus)</translation>
    </message>
    <message>
      <source>it is a folder, not a file</source>
      <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
      <source>it is nested too deeply</source>
      <translation>il est imbriqué trop profondément</translation>
    </message>
    <message>
      <source>it is not UTF-8 text (byte {byte})</source>
      <translation>ce n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
      <source>it is not valid JSON (line {line}, column {column})</source>
      <translation>ce n’est pas du JSON valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
      <source>it is not valid JSON: a number has too many digits</source>
      <translation>ce n’est pas du JSON valide : un nombre a trop de chiffres</translation>
    </message>
    <message>
      <source>it is not valid JSON: {name} is not a number JSON allows</source>
      <translation>ce n’est pas du JSON valide : {name} n’est pas un nombre admis en JSON</translation>
    </message>
    <message>
      <source>must be &lt; {lt}</source>
      <translation>doit être &lt; {lt}</translation>
    </message>
    <message>
      <source>must be &gt; {gt}</source>
      <translation>doit être &gt; {gt}</translation>
    </message>
    <message>
      <source>must be a finite number</source>
      <translation>doit être un nombre fini</translation>
    </message>
    <message>
      <source>must be a list</source>
      <translation>doit être une liste</translation>
    </message>
    <message>
      <source>must be a number</source>
      <translation>doit être un nombre</translation>
    </message>
    <message>
      <source>must be a pair of numbers</source>
      <translation>doit être une paire de nombres</translation>
    </message>
    <message>
      <source>must be a whole number</source>
      <translation>doit être un nombre entier</translation>
    </message>
    <message>
      <source>must be a whole number ≥ 0</source>
      <translation>doit être un nombre entier ≥ 0</translation>
    </message>
    <message>
      <source>must be an object</source>
      <translation>doit être un objet</translation>
    </message>
    <message>
      <source>must be one of {expected}</source>
      <translation>doit valoir {expected}</translation>
    </message>
    <message>
      <source>must be text</source>
      <translation>doit être du texte</translation>
    </message>
    <message>
      <source>must be text, a number, or true or false</source>
      <translation>doit être du texte, un nombre, ou vrai ou faux</translation>
    </message>
    <message>
      <source>must be true or false</source>
      <translation>doit être vrai ou faux</translation>
    </message>
    <message>
      <source>must be ≤ {le}</source>
      <translation>doit être ≤ {le}</translation>
    </message>
    <message>
      <source>must be ≥ {ge}</source>
      <translation>doit être ≥ {ge}</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>ne doit pas être vide</translation>
    </message>
    <message>
      <source>needs a 'kind'</source>
      <translation>doit indiquer son type (« kind »)</translation>
    </message>
    <message>
      <source>needs at least {min_length} item(s)</source>
      <translation>doit contenir au moins {min_length} élément(s)</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>accès refusé</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>le disque est en lecture seule</translation>
    </message>
    <message>
      <source>the disk quota is exceeded</source>
      <translation>le quota du disque est dépassé</translation>
    </message>
    <message>
      <source>the document holds a value that cannot be written to a file</source>
      <translation>le document contient une valeur qui ne peut pas être écrite dans un fichier</translation>
    </message>
    <message>
      <source>the file does not hold a blueprint (expected a JSON object)</source>
      <translation>le fichier ne contient pas de blueprint (un objet JSON est attendu)</translation>
    </message>
    <message>
      <source>the file does not hold a valid blueprint</source>
      <translation>le fichier ne contient pas de blueprint valide</translation>
    </message>
    <message>
      <source>the file is larger than {limit} MB</source>
      <translation>le fichier dépasse {limit} Mo</translation>
    </message>
    <message>
      <source>the file name is too long</source>
      <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
      <source>the file or folder does not exist</source>
      <translation>le fichier ou le dossier n’existe pas</translation>
    </message>
    <message>
      <source>too many symbolic links (a link points back to itself)</source>
      <translation>trop de liens symboliques (un lien pointe sur lui-même)</translation>
    </message>
    <message>
      <source>written by {writer} in file format {version}, which this version (Blueprint Studio {ours}, format {format}) cannot read without losing information; update Blueprint Studio to open it</source>
      <translation>écrit par {writer} au format de fichier {version}, que cette version (Blueprint Studio {ours}, format {format}) ne peut pas lire sans perte d’informations ; mettez Blueprint Studio à jour pour l’ouvrir</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Autosave Is Not Working</source>
      <translation>L’enregistrement automatique ne fonctionne pas</translation>
    </message>
    <message>
      <source>Autosave is not working</source>
      <translation>Enregistrement automatique en panne</translation>
    </message>
    <message>
      <source>Autosave is not working: {reason}</source>
      <translation>L’enregistrement automatique ne fonctionne pas : {reason}</translation>
    </message>
    <message>
      <source>Autosave is not working: {reason}.</source>
      <translation>L’enregistrement automatique ne fonctionne pas : {reason}.</translation>
    </message>
    <message>
      <source>Autosave works again.</source>
      <translation>L’enregistrement automatique fonctionne de nouveau.</translation>
    </message>
    <message>
      <source>Blueprint Studio starts normally; the other documents are not affected.</source>
      <translation>Blueprint Studio démarre normalement ; les autres documents ne sont pas concernés.</translation>
    </message>
    <message>
      <source>Unsaved Work Could Not Be Recovered</source>
      <translation>Travail non enregistré impossible à récupérer</translation>
    </message>
    <message>
      <source>Unsaved changes cannot be copied to the recovery folder ({reason}), so a crash would lose them. Save your documents with File › Save, and check the folder {folder}.</source>
      <translation>Les modifications non enregistrées ne peuvent pas être copiées dans le dossier de récupération ({reason}) : en cas de plantage, elles seraient perdues. Enregistrez vos documents avec Fichier › Enregistrer et vérifiez le dossier {folder}.</translation>
    </message>
    <message>
      <source>{count} unsaved document(s) from the last session could not be read (“{title}”: {reason}); they were kept in {folder}.</source>
      <translation>{count} document(s) non enregistré(s) de la dernière session n’ont pas pu être relus (« {title} » : {reason}) ; ils ont été conservés dans {folder}.</translation>
    </message>
  </context>
</TS>
