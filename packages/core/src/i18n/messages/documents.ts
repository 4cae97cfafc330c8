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
