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
