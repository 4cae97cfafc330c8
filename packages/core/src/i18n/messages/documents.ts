import type { MessagesOf } from "../message-types.ts";

// Documents attached to her record (issue 19): kinds and refusals the API returns.
export const en = {
  "document.kind.permit-decision": "Permit decision",
  "document.kind.signed-consent": "Signed consent",
  "document.kind.court-letter": "Court letter",
  "document.kind.certificate": "Certificate",
  "document.kind.identity-paper": "Identity paper",
  "document.kind.other": "Other document",
  "document.error.titleRequired": "Give the document a title.",
  "document.error.titleTooLong": "The title is too long (at most 200 characters).",
  "document.error.empty": "The file is empty. Choose the scan or photo again.",
  "document.error.tooLarge": "The file is larger than the allowed size. Scan it at a lower resolution or split it.",
  "document.error.executable":
    "This file is a program, not a document. Only PDF, JPEG and PNG files can be attached, whatever the file is called.",
  "document.error.unsupported": "Only PDF, JPEG and PNG files can be attached. This file is none of them.",
  "document.error.malformed": "The image file is damaged and cannot be read. Scan or photograph it again.",
  "document.error.actionNotHers": "That step is not in her plan.",
} as const;

export const de: MessagesOf<typeof en> = {
  "document.kind.permit-decision": "Aufenthaltsbescheid",
  "document.kind.signed-consent": "Unterschriebene Einwilligung",
  "document.kind.court-letter": "Gerichtsschreiben",
  "document.kind.certificate": "Bescheinigung",
  "document.kind.identity-paper": "Ausweisdokument",
  "document.kind.other": "Anderes Dokument",
  "document.error.titleRequired": "Geben Sie dem Dokument einen Titel.",
  "document.error.titleTooLong": "Der Titel ist zu lang (höchstens 200 Zeichen).",
  "document.error.empty": "Die Datei ist leer. Wählen Sie den Scan oder das Foto erneut aus.",
  "document.error.tooLarge":
    "Die Datei ist größer als erlaubt. Scannen Sie sie mit geringerer Auflösung oder teilen Sie sie auf.",
  "document.error.executable":
    "Diese Datei ist ein Programm, kein Dokument. Nur PDF-, JPEG- und PNG-Dateien können angehängt werden, egal wie die Datei heißt.",
  "document.error.unsupported": "Nur PDF-, JPEG- und PNG-Dateien können angehängt werden. Diese Datei ist keine davon.",
  "document.error.malformed":
    "Die Bilddatei ist beschädigt und kann nicht gelesen werden. Scannen oder fotografieren Sie sie erneut.",
  "document.error.actionNotHers": "Dieser Schritt gehört nicht zu ihrem Plan.",
};

export const it: MessagesOf<typeof en> = {
  "document.kind.permit-decision": "Decisione sul permesso",
  "document.kind.signed-consent": "Consenso firmato",
  "document.kind.court-letter": "Lettera del tribunale",
  "document.kind.certificate": "Certificato",
  "document.kind.identity-paper": "Documento d'identità",
  "document.kind.other": "Altro documento",
  "document.error.titleRequired": "Dai un titolo al documento.",
  "document.error.titleTooLong": "Il titolo è troppo lungo (al massimo 200 caratteri).",
  "document.error.empty": "Il file è vuoto. Scegli di nuovo la scansione o la foto.",
  "document.error.tooLarge":
    "Il file supera la dimensione consentita. Scansionalo a una risoluzione più bassa o dividilo.",
  "document.error.executable":
    "Questo file è un programma, non un documento. Si possono allegare solo file PDF, JPEG e PNG, qualunque sia il nome del file.",
  "document.error.unsupported": "Si possono allegare solo file PDF, JPEG e PNG. Questo file non è nessuno di questi.",
  "document.error.malformed":
    "Il file immagine è danneggiato e non può essere letto. Scansionalo o fotografalo di nuovo.",
  "document.error.actionNotHers": "Questo passo non fa parte del suo piano.",
};

export const el: MessagesOf<typeof en> = {
  "document.kind.permit-decision": "Απόφαση για άδεια",
  "document.kind.signed-consent": "Υπογεγραμμένη συγκατάθεση",
  "document.kind.court-letter": "Έγγραφο δικαστηρίου",
  "document.kind.certificate": "Πιστοποιητικό",
  "document.kind.identity-paper": "Έγγραφο ταυτότητας",
  "document.kind.other": "Άλλο έγγραφο",
  "document.error.titleRequired": "Δώστε τίτλο στο έγγραφο.",
  "document.error.titleTooLong": "Ο τίτλος είναι πολύ μεγάλος (έως 200 χαρακτήρες).",
  "document.error.empty": "Το αρχείο είναι κενό. Επιλέξτε ξανά τη σάρωση ή τη φωτογραφία.",
  "document.error.tooLarge":
    "Το αρχείο είναι μεγαλύτερο από το επιτρεπόμενο μέγεθος. Σαρώστε το σε χαμηλότερη ανάλυση ή χωρίστε το.",
  "document.error.executable":
    "Αυτό το αρχείο είναι πρόγραμμα, όχι έγγραφο. Μπορούν να επισυναφθούν μόνο αρχεία PDF, JPEG και PNG, όπως κι αν ονομάζεται το αρχείο.",
  "document.error.unsupported":
    "Μπορούν να επισυναφθούν μόνο αρχεία PDF, JPEG και PNG. Αυτό το αρχείο δεν είναι κανένα από αυτά.",
  "document.error.malformed":
    "Το αρχείο εικόνας είναι κατεστραμμένο και δεν διαβάζεται. Σαρώστε ή φωτογραφίστε το ξανά.",
  "document.error.actionNotHers": "Αυτό το βήμα δεν υπάρχει στο σχέδιό της.",
};

export const es: MessagesOf<typeof en> = {
  "document.kind.permit-decision": "Resolución de autorización",
  "document.kind.signed-consent": "Consentimiento firmado",
  "document.kind.court-letter": "Carta del juzgado",
  "document.kind.certificate": "Certificado",
  "document.kind.identity-paper": "Documento de identidad",
  "document.kind.other": "Otro documento",
  "document.error.titleRequired": "Póngale un título al documento.",
  "document.error.titleTooLong": "El título es demasiado largo (200 caracteres como máximo).",
  "document.error.empty": "El archivo está vacío. Vuelva a elegir el escaneo o la foto.",
  "document.error.tooLarge": "El archivo supera el tamaño permitido. Escanéelo con menor resolución o divídalo.",
  "document.error.executable":
    "Este archivo es un programa, no un documento. Solo se pueden adjuntar archivos PDF, JPEG y PNG, se llame como se llame el archivo.",
  "document.error.unsupported":
    "Solo se pueden adjuntar archivos PDF, JPEG y PNG. Este archivo no es ninguno de ellos.",
  "document.error.malformed":
    "El archivo de imagen está dañado y no se puede leer. Vuelva a escanearlo o fotografiarlo.",
  "document.error.actionNotHers": "Ese paso no está en su plan.",
};

export const fr: MessagesOf<typeof en> = {
  "document.kind.permit-decision": "Décision sur le titre de séjour",
  "document.kind.signed-consent": "Consentement signé",
  "document.kind.court-letter": "Courrier du tribunal",
  "document.kind.certificate": "Attestation",
  "document.kind.identity-paper": "Pièce d'identité",
  "document.kind.other": "Autre document",
  "document.error.titleRequired": "Donnez un titre au document.",
  "document.error.titleTooLong": "Le titre est trop long (200 caractères au maximum).",
  "document.error.empty": "Le fichier est vide. Choisissez à nouveau le scan ou la photo.",
  "document.error.tooLarge":
    "Le fichier dépasse la taille autorisée. Scannez-le à une résolution plus basse ou divisez-le.",
  "document.error.executable":
    "Ce fichier est un programme, pas un document. Seuls les fichiers PDF, JPEG et PNG peuvent être joints, quel que soit le nom du fichier.",
  "document.error.unsupported":
    "Seuls les fichiers PDF, JPEG et PNG peuvent être joints. Ce fichier n'est aucun des trois.",
  "document.error.malformed":
    "Le fichier image est endommagé et ne peut pas être lu. Scannez-le ou photographiez-le à nouveau.",
  "document.error.actionNotHers": "Cette étape ne figure pas dans son plan.",
};

export const ro: MessagesOf<typeof en> = {
  "document.kind.permit-decision": "Decizie privind permisul",
  "document.kind.signed-consent": "Consimțământ semnat",
  "document.kind.court-letter": "Scrisoare de la instanță",
  "document.kind.certificate": "Certificat",
  "document.kind.identity-paper": "Act de identitate",
  "document.kind.other": "Alt document",
  "document.error.titleRequired": "Dați un titlu documentului.",
  "document.error.titleTooLong": "Titlul este prea lung (cel mult 200 de caractere).",
  "document.error.empty": "Fișierul este gol. Alegeți din nou scanarea sau fotografia.",
  "document.error.tooLarge":
    "Fișierul depășește dimensiunea permisă. Scanați-l la o rezoluție mai mică sau împărțiți-l.",
  "document.error.executable":
    "Acest fișier este un program, nu un document. Se pot atașa doar fișiere PDF, JPEG și PNG, indiferent de numele fișierului.",
  "document.error.unsupported": "Se pot atașa doar fișiere PDF, JPEG și PNG. Acest fișier nu este niciunul dintre ele.",
  "document.error.malformed":
    "Fișierul imagine este deteriorat și nu poate fi citit. Scanați-l sau fotografiați-l din nou.",
  "document.error.actionNotHers": "Acest pas nu face parte din planul ei.",
};

export const bg: MessagesOf<typeof en> = {
  "document.kind.permit-decision": "Решение за разрешение",
  "document.kind.signed-consent": "Подписано съгласие",
  "document.kind.court-letter": "Писмо от съда",
  "document.kind.certificate": "Удостоверение",
  "document.kind.identity-paper": "Документ за самоличност",
  "document.kind.other": "Друг документ",
  "document.error.titleRequired": "Дайте заглавие на документа.",
  "document.error.titleTooLong": "Заглавието е твърде дълго (най-много 200 знака).",
  "document.error.empty": "Файлът е празен. Изберете отново сканираното копие или снимката.",
  "document.error.tooLarge":
    "Файлът е по-голям от разрешения размер. Сканирайте го с по-ниска резолюция или го разделете.",
  "document.error.executable":
    "Този файл е програма, а не документ. Могат да се прикачват само файлове PDF, JPEG и PNG, независимо от името на файла.",
  "document.error.unsupported": "Могат да се прикачват само файлове PDF, JPEG и PNG. Този файл не е нито един от тях.",
  "document.error.malformed":
    "Файлът с изображението е повреден и не може да бъде прочетен. Сканирайте или снимайте отново.",
  "document.error.actionNotHers": "Тази стъпка не е в нейния план.",
};
