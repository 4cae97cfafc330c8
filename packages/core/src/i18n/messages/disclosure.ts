import type { MessagesOf } from "../message-types.ts";

/** Small-cell suppression, differential privacy, privacy budget and funder-output checks. */
export const en = {
  "disclosure.suppressed": "Suppressed",
  "disclosure.suppressed.explanation":
    "Hidden to protect identities: fewer than {{k}} women, or needed to stop a hidden figure from being worked out.",
  "disclosure.rounded.explanation": "Figures are rounded down to a multiple of {{resolution}}.",
  "disclosure.noise.explanation": "Random noise was added to protect identities; typical error ±{{scale}}.",
  "disclosure.error.kNotInteger": "The minimum group size must be a whole number.",
  "disclosure.error.kTooSmall": "The minimum group size cannot be lower than 5.",
  "disclosure.error.kTooLarge": "The minimum group size can be at most 1000.",
  "disclosure.error.resolutionNotInteger": "The rounding base must be a whole number.",
  "disclosure.error.resolutionTooSmall": "The rounding base must be at least 1.",
  "disclosure.error.resolutionTooLarge": "The rounding base can be at most 1000.",
  "disclosure.error.resolutionMustDivideK": "The minimum group size must be a multiple of the rounding base.",
  "disclosure.error.tableShape": "Every row of the table must have one count per column.",
  "disclosure.error.countNotNatural": "Counts must be whole numbers of zero or more.",
  "disclosure.error.epsilonInvalid": "The privacy parameter ε must be a positive number.",
  "disclosure.error.epsilonTooLarge": "The privacy parameter ε can be at most 10.",
  "disclosure.error.gaussianEpsilonTooLarge": "The Gaussian mechanism needs ε below 1.",
  "disclosure.error.deltaInvalid": "The privacy parameter δ must be above 0 and below 0.01.",
  "disclosure.error.boundsInverted": "The lower bound must not be above the upper bound.",
  "disclosure.error.invalidPeriod": "Use a period like 2026, 2026-Q1 or 2026-03.",
  "disclosure.budget.invalidRequest": "This privacy-budget request is not valid.",
  "disclosure.budget.epsilonExhausted":
    "Not enough privacy budget left for {{period}}: this needs ε = {{requested}}, only {{remaining}} remains.",
  "disclosure.budget.deltaExhausted":
    "Not enough privacy budget (δ) left for {{period}}: this needs {{requested}}, only {{remaining}} remains.",
} as const;

export const de: MessagesOf<typeof en> = {
  "disclosure.suppressed": "Unterdrückt",
  "disclosure.suppressed.explanation":
    "Zum Schutz der Identität ausgeblendet: weniger als {{k}} Frauen, oder nötig, damit eine ausgeblendete Zahl nicht errechnet werden kann.",
  "disclosure.rounded.explanation": "Zahlen sind auf ein Vielfaches von {{resolution}} abgerundet.",
  "disclosure.noise.explanation":
    "Zum Schutz der Identität wurde Zufallsrauschen hinzugefügt; typische Abweichung ±{{scale}}.",
  "disclosure.error.kNotInteger": "Die Mindestgruppengröße muss eine ganze Zahl sein.",
  "disclosure.error.kTooSmall": "Die Mindestgruppengröße darf nicht unter 5 liegen.",
  "disclosure.error.kTooLarge": "Die Mindestgruppengröße darf höchstens 1000 betragen.",
  "disclosure.error.resolutionNotInteger": "Die Rundungsbasis muss eine ganze Zahl sein.",
  "disclosure.error.resolutionTooSmall": "Die Rundungsbasis muss mindestens 1 sein.",
  "disclosure.error.resolutionTooLarge": "Die Rundungsbasis darf höchstens 1000 betragen.",
  "disclosure.error.resolutionMustDivideK": "Die Mindestgruppengröße muss ein Vielfaches der Rundungsbasis sein.",
  "disclosure.error.tableShape": "Jede Zeile der Tabelle muss für jede Spalte genau eine Zahl enthalten.",
  "disclosure.error.countNotNatural": "Anzahlen müssen ganze Zahlen ab 0 sein.",
  "disclosure.error.epsilonInvalid": "Der Datenschutzparameter ε muss eine positive Zahl sein.",
  "disclosure.error.epsilonTooLarge": "Der Datenschutzparameter ε darf höchstens 10 betragen.",
  "disclosure.error.gaussianEpsilonTooLarge": "Der Gauß-Mechanismus braucht ein ε unter 1.",
  "disclosure.error.deltaInvalid": "Der Datenschutzparameter δ muss über 0 und unter 0,01 liegen.",
  "disclosure.error.boundsInverted": "Die Untergrenze darf nicht über der Obergrenze liegen.",
  "disclosure.error.invalidPeriod": "Geben Sie einen Zeitraum wie 2026, 2026-Q1 oder 2026-03 an.",
  "disclosure.budget.invalidRequest": "Diese Anfrage an das Datenschutzbudget ist ungültig.",
  "disclosure.budget.epsilonExhausted":
    "Für {{period}} ist nicht mehr genug Datenschutzbudget übrig: benötigt wird ε = {{requested}}, übrig sind nur {{remaining}}.",
  "disclosure.budget.deltaExhausted":
    "Für {{period}} ist nicht mehr genug Datenschutzbudget (δ) übrig: benötigt wird {{requested}}, übrig sind nur {{remaining}}.",
};

export const it: MessagesOf<typeof en> = {
  "disclosure.suppressed": "Oscurato",
  "disclosure.suppressed.explanation":
    "Nascosto per proteggere le identità: meno di {{k}} donne, oppure necessario perché un dato nascosto non si possa ricavare.",
  "disclosure.rounded.explanation": "I valori sono arrotondati per difetto a un multiplo di {{resolution}}.",
  "disclosure.noise.explanation":
    "È stato aggiunto rumore casuale per proteggere le identità; errore tipico ±{{scale}}.",
  "disclosure.error.kNotInteger": "La dimensione minima del gruppo deve essere un numero intero.",
  "disclosure.error.kTooSmall": "La dimensione minima del gruppo non può essere inferiore a 5.",
  "disclosure.error.kTooLarge": "La dimensione minima del gruppo può essere al massimo 1000.",
  "disclosure.error.resolutionNotInteger": "La base di arrotondamento deve essere un numero intero.",
  "disclosure.error.resolutionTooSmall": "La base di arrotondamento deve essere almeno 1.",
  "disclosure.error.resolutionTooLarge": "La base di arrotondamento può essere al massimo 1000.",
  "disclosure.error.resolutionMustDivideK":
    "La dimensione minima del gruppo deve essere un multiplo della base di arrotondamento.",
  "disclosure.error.tableShape": "Ogni riga della tabella deve avere un valore per ogni colonna.",
  "disclosure.error.countNotNatural": "I conteggi devono essere numeri interi pari o superiori a 0.",
  "disclosure.error.epsilonInvalid": "Il parametro di privacy ε deve essere un numero positivo.",
  "disclosure.error.epsilonTooLarge": "Il parametro di privacy ε può essere al massimo 10.",
  "disclosure.error.gaussianEpsilonTooLarge": "Il meccanismo gaussiano richiede ε inferiore a 1.",
  "disclosure.error.deltaInvalid": "Il parametro di privacy δ deve essere maggiore di 0 e minore di 0,01.",
  "disclosure.error.boundsInverted": "Il limite inferiore non può superare quello superiore.",
  "disclosure.error.invalidPeriod": "Indica un periodo come 2026, 2026-Q1 o 2026-03.",
  "disclosure.budget.invalidRequest": "Questa richiesta di budget di privacy non è valida.",
  "disclosure.budget.epsilonExhausted":
    "Budget di privacy insufficiente per {{period}}: servono ε = {{requested}}, ne restano solo {{remaining}}.",
  "disclosure.budget.deltaExhausted":
    "Budget di privacy (δ) insufficiente per {{period}}: servono {{requested}}, ne restano solo {{remaining}}.",
};

export const el: MessagesOf<typeof en> = {
  "disclosure.suppressed": "Αποκρύφθηκε",
  "disclosure.suppressed.explanation":
    "Κρυμμένο για προστασία της ταυτότητας: λιγότερες από {{k}} γυναίκες, ή απαραίτητο ώστε να μη μπορεί να συναχθεί ένας κρυμμένος αριθμός.",
  "disclosure.rounded.explanation": "Οι αριθμοί στρογγυλοποιούνται προς τα κάτω σε πολλαπλάσιο του {{resolution}}.",
  "disclosure.noise.explanation": "Προστέθηκε τυχαίος θόρυβος για προστασία της ταυτότητας· τυπικό σφάλμα ±{{scale}}.",
  "disclosure.error.kNotInteger": "Το ελάχιστο μέγεθος ομάδας πρέπει να είναι ακέραιος αριθμός.",
  "disclosure.error.kTooSmall": "Το ελάχιστο μέγεθος ομάδας δεν μπορεί να είναι κάτω από 5.",
  "disclosure.error.kTooLarge": "Το ελάχιστο μέγεθος ομάδας μπορεί να είναι έως 1000.",
  "disclosure.error.resolutionNotInteger": "Η βάση στρογγυλοποίησης πρέπει να είναι ακέραιος αριθμός.",
  "disclosure.error.resolutionTooSmall": "Η βάση στρογγυλοποίησης πρέπει να είναι τουλάχιστον 1.",
  "disclosure.error.resolutionTooLarge": "Η βάση στρογγυλοποίησης μπορεί να είναι έως 1000.",
  "disclosure.error.resolutionMustDivideK":
    "Το ελάχιστο μέγεθος ομάδας πρέπει να είναι πολλαπλάσιο της βάσης στρογγυλοποίησης.",
  "disclosure.error.tableShape": "Κάθε γραμμή του πίνακα πρέπει να έχει έναν αριθμό ανά στήλη.",
  "disclosure.error.countNotNatural": "Οι αριθμοί πρέπει να είναι ακέραιοι, μηδέν ή μεγαλύτεροι.",
  "disclosure.error.epsilonInvalid": "Η παράμετρος ιδιωτικότητας ε πρέπει να είναι θετικός αριθμός.",
  "disclosure.error.epsilonTooLarge": "Η παράμετρος ιδιωτικότητας ε μπορεί να είναι έως 10.",
  "disclosure.error.gaussianEpsilonTooLarge": "Ο μηχανισμός Gauss χρειάζεται ε κάτω από 1.",
  "disclosure.error.deltaInvalid": "Η παράμετρος ιδιωτικότητας δ πρέπει να είναι πάνω από 0 και κάτω από 0,01.",
  "disclosure.error.boundsInverted": "Το κάτω όριο δεν πρέπει να είναι πάνω από το άνω όριο.",
  "disclosure.error.invalidPeriod": "Χρησιμοποιήστε περίοδο όπως 2026, 2026-Q1 ή 2026-03.",
  "disclosure.budget.invalidRequest": "Αυτό το αίτημα προϋπολογισμού ιδιωτικότητας δεν είναι έγκυρο.",
  "disclosure.budget.epsilonExhausted":
    "Δεν απομένει αρκετός προϋπολογισμός ιδιωτικότητας για {{period}}: χρειάζεται ε = {{requested}}, απομένει μόνο {{remaining}}.",
  "disclosure.budget.deltaExhausted":
    "Δεν απομένει αρκετός προϋπολογισμός ιδιωτικότητας (δ) για {{period}}: χρειάζεται {{requested}}, απομένει μόνο {{remaining}}.",
};

export const es: MessagesOf<typeof en> = {
  "disclosure.suppressed": "Suprimido",
  "disclosure.suppressed.explanation":
    "Oculto para proteger identidades: menos de {{k}} mujeres, o necesario para impedir que se deduzca una cifra oculta.",
  "disclosure.rounded.explanation": "Las cifras se redondean a la baja a un múltiplo de {{resolution}}.",
  "disclosure.noise.explanation": "Se ha añadido ruido aleatorio para proteger identidades; error típico ±{{scale}}.",
  "disclosure.error.kNotInteger": "El tamaño mínimo de grupo debe ser un número entero.",
  "disclosure.error.kTooSmall": "El tamaño mínimo de grupo no puede ser inferior a 5.",
  "disclosure.error.kTooLarge": "El tamaño mínimo de grupo puede ser como máximo 1000.",
  "disclosure.error.resolutionNotInteger": "La base de redondeo debe ser un número entero.",
  "disclosure.error.resolutionTooSmall": "La base de redondeo debe ser al menos 1.",
  "disclosure.error.resolutionTooLarge": "La base de redondeo puede ser como máximo 1000.",
  "disclosure.error.resolutionMustDivideK": "El tamaño mínimo de grupo debe ser un múltiplo de la base de redondeo.",
  "disclosure.error.tableShape": "Cada fila de la tabla debe tener una cifra por columna.",
  "disclosure.error.countNotNatural": "Las cifras deben ser números enteros iguales o mayores que cero.",
  "disclosure.error.epsilonInvalid": "El parámetro de privacidad ε debe ser un número positivo.",
  "disclosure.error.epsilonTooLarge": "El parámetro de privacidad ε puede ser como máximo 10.",
  "disclosure.error.gaussianEpsilonTooLarge": "El mecanismo gaussiano necesita un ε inferior a 1.",
  "disclosure.error.deltaInvalid": "El parámetro de privacidad δ debe ser mayor que 0 y menor que 0,01.",
  "disclosure.error.boundsInverted": "El límite inferior no debe ser mayor que el límite superior.",
  "disclosure.error.invalidPeriod": "Use un periodo como 2026, 2026-Q1 o 2026-03.",
  "disclosure.budget.invalidRequest": "Esta solicitud de presupuesto de privacidad no es válida.",
  "disclosure.budget.epsilonExhausted":
    "No queda suficiente presupuesto de privacidad para {{period}}: esto necesita ε = {{requested}} y solo quedan {{remaining}}.",
  "disclosure.budget.deltaExhausted":
    "No queda suficiente presupuesto de privacidad (δ) para {{period}}: esto necesita {{requested}} y solo quedan {{remaining}}.",
};

export const fr: MessagesOf<typeof en> = {
  "disclosure.suppressed": "Masqué",
  "disclosure.suppressed.explanation":
    "Masqué pour protéger les identités : moins de {{k}} femmes, ou nécessaire pour empêcher de recalculer un chiffre masqué.",
  "disclosure.rounded.explanation": "Les chiffres sont arrondis à l'inférieur à un multiple de {{resolution}}.",
  "disclosure.noise.explanation":
    "Un bruit aléatoire a été ajouté pour protéger les identités ; erreur typique ±{{scale}}.",
  "disclosure.error.kNotInteger": "La taille minimale des groupes doit être un nombre entier.",
  "disclosure.error.kTooSmall": "La taille minimale des groupes ne peut pas être inférieure à 5.",
  "disclosure.error.kTooLarge": "La taille minimale des groupes peut être au maximum de 1000.",
  "disclosure.error.resolutionNotInteger": "La base d'arrondi doit être un nombre entier.",
  "disclosure.error.resolutionTooSmall": "La base d'arrondi doit être au moins de 1.",
  "disclosure.error.resolutionTooLarge": "La base d'arrondi peut être au maximum de 1000.",
  "disclosure.error.resolutionMustDivideK":
    "La taille minimale des groupes doit être un multiple de la base d'arrondi.",
  "disclosure.error.tableShape": "Chaque ligne du tableau doit avoir un effectif par colonne.",
  "disclosure.error.countNotNatural": "Les effectifs doivent être des nombres entiers positifs ou nuls.",
  "disclosure.error.epsilonInvalid": "Le paramètre de confidentialité ε doit être un nombre positif.",
  "disclosure.error.epsilonTooLarge": "Le paramètre de confidentialité ε peut être au maximum de 10.",
  "disclosure.error.gaussianEpsilonTooLarge": "Le mécanisme gaussien exige un ε inférieur à 1.",
  "disclosure.error.deltaInvalid": "Le paramètre de confidentialité δ doit être supérieur à 0 et inférieur à 0,01.",
  "disclosure.error.boundsInverted": "La borne inférieure ne doit pas dépasser la borne supérieure.",
  "disclosure.error.invalidPeriod": "Utilisez une période comme 2026, 2026-Q1 ou 2026-03.",
  "disclosure.budget.invalidRequest": "Cette demande de budget de confidentialité n'est pas valide.",
  "disclosure.budget.epsilonExhausted":
    "Budget de confidentialité insuffisant pour {{period}} : il faut ε = {{requested}}, il ne reste que {{remaining}}.",
  "disclosure.budget.deltaExhausted":
    "Budget de confidentialité (δ) insuffisant pour {{period}} : il faut {{requested}}, il ne reste que {{remaining}}.",
};

export const ro: MessagesOf<typeof en> = {
  "disclosure.suppressed": "Ascuns",
  "disclosure.suppressed.explanation":
    "Ascuns pentru a proteja identitățile: mai puțin de {{k}} femei sau necesar pentru ca o valoare ascunsă să nu poată fi dedusă.",
  "disclosure.rounded.explanation": "Cifrele sunt rotunjite în jos la un multiplu de {{resolution}}.",
  "disclosure.noise.explanation":
    "S-a adăugat zgomot aleatoriu pentru a proteja identitățile; eroare tipică ±{{scale}}.",
  "disclosure.error.kNotInteger": "Dimensiunea minimă a grupului trebuie să fie un număr întreg.",
  "disclosure.error.kTooSmall": "Dimensiunea minimă a grupului nu poate fi mai mică de 5.",
  "disclosure.error.kTooLarge": "Dimensiunea minimă a grupului poate fi cel mult 1000.",
  "disclosure.error.resolutionNotInteger": "Baza de rotunjire trebuie să fie un număr întreg.",
  "disclosure.error.resolutionTooSmall": "Baza de rotunjire trebuie să fie cel puțin 1.",
  "disclosure.error.resolutionTooLarge": "Baza de rotunjire poate fi cel mult 1000.",
  "disclosure.error.resolutionMustDivideK":
    "Dimensiunea minimă a grupului trebuie să fie un multiplu al bazei de rotunjire.",
  "disclosure.error.tableShape": "Fiecare rând al tabelului trebuie să aibă câte un număr pentru fiecare coloană.",
  "disclosure.error.countNotNatural": "Numerele trebuie să fie întregi, zero sau mai mari.",
  "disclosure.error.epsilonInvalid": "Parametrul de confidențialitate ε trebuie să fie un număr pozitiv.",
  "disclosure.error.epsilonTooLarge": "Parametrul de confidențialitate ε poate fi cel mult 10.",
  "disclosure.error.gaussianEpsilonTooLarge": "Mecanismul gaussian necesită un ε mai mic de 1.",
  "disclosure.error.deltaInvalid": "Parametrul de confidențialitate δ trebuie să fie mai mare de 0 și mai mic de 0,01.",
  "disclosure.error.boundsInverted": "Limita inferioară nu poate fi mai mare decât limita superioară.",
  "disclosure.error.invalidPeriod": "Folosiți o perioadă precum 2026, 2026-Q1 sau 2026-03.",
  "disclosure.budget.invalidRequest": "Această cerere privind bugetul de confidențialitate nu este validă.",
  "disclosure.budget.epsilonExhausted":
    "Nu a mai rămas suficient buget de confidențialitate pentru {{period}}: este nevoie de ε = {{requested}}, au mai rămas doar {{remaining}}.",
  "disclosure.budget.deltaExhausted":
    "Nu a mai rămas suficient buget de confidențialitate (δ) pentru {{period}}: este nevoie de {{requested}}, au mai rămas doar {{remaining}}.",
};

export const bg: MessagesOf<typeof en> = {
  "disclosure.suppressed": "Скрито",
  "disclosure.suppressed.explanation":
    "Скрито за защита на самоличността: по-малко от {{k}} жени или необходимо, за да не може скрита стойност да бъде изчислена.",
  "disclosure.rounded.explanation": "Стойностите са закръглени надолу до кратно на {{resolution}}.",
  "disclosure.noise.explanation": "Добавен е случаен шум за защита на самоличността; типична грешка ±{{scale}}.",
  "disclosure.error.kNotInteger": "Минималният размер на групата трябва да е цяло число.",
  "disclosure.error.kTooSmall": "Минималният размер на групата не може да е по-малък от 5.",
  "disclosure.error.kTooLarge": "Минималният размер на групата може да е най-много 1000.",
  "disclosure.error.resolutionNotInteger": "Основата за закръгляване трябва да е цяло число.",
  "disclosure.error.resolutionTooSmall": "Основата за закръгляване трябва да е поне 1.",
  "disclosure.error.resolutionTooLarge": "Основата за закръгляване може да е най-много 1000.",
  "disclosure.error.resolutionMustDivideK":
    "Минималният размер на групата трябва да е кратно на основата за закръгляване.",
  "disclosure.error.tableShape": "Всеки ред на таблицата трябва да има по една бройка за всяка колона.",
  "disclosure.error.countNotNatural": "Бройките трябва да са цели числа, равни на нула или повече.",
  "disclosure.error.epsilonInvalid": "Параметърът за поверителност ε трябва да е положително число.",
  "disclosure.error.epsilonTooLarge": "Параметърът за поверителност ε може да е най-много 10.",
  "disclosure.error.gaussianEpsilonTooLarge": "Гаусовият механизъм изисква ε под 1.",
  "disclosure.error.deltaInvalid": "Параметърът за поверителност δ трябва да е над 0 и под 0,01.",
  "disclosure.error.boundsInverted": "Долната граница не може да е над горната.",
  "disclosure.error.invalidPeriod": "Използвайте период като 2026, 2026-Q1 или 2026-03.",
  "disclosure.budget.invalidRequest": "Тази заявка за бюджет за поверителност не е валидна.",
  "disclosure.budget.epsilonExhausted":
    "Няма достатъчно бюджет за поверителност за {{period}}: нужно е ε = {{requested}}, остава само {{remaining}}.",
  "disclosure.budget.deltaExhausted":
    "Няма достатъчно бюджет за поверителност (δ) за {{period}}: нужно е {{requested}}, остава само {{remaining}}.",
};
