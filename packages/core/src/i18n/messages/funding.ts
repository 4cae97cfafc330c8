import type { MessagesOf } from "../message-types.ts";

/** Funding relationships, funder releases and exports, and the manager dashboard's own labels (issue 6). */
export const en = {
  "funding.error.noRelationship":
    "You are not a member of any funding relationship yet. Ask the organisation's administrator to add you.",
  "funding.error.budgetExhausted":
    "The privacy budget of this funding relationship for this period is used up. New figures can be released for the next period.",
  "funding.error.notAFunder":
    "Only a person with the funder role in your organisation can be added to a funding relationship.",
  "funding.export.methodology": "Methodology",
  "funding.export.definitions": "Definitions",
  "funding.export.smallCells":
    "Groups smaller than {{k}} women are suppressed, with further cells hidden where a suppressed one could be worked out; counts are rounded down to a multiple of {{resolution}}.",
  "funding.export.noise":
    "Random noise (Laplace, ε = {{epsilon}} for this release) was added to every count; typical error ±{{scale}}. Medians are not released with noise.",
  "funding.export.noNoise": "No random noise: this relationship uses small-cell protection only.",
  "funding.export.period": "Reporting period: {{period}} (complete quarter; dates are never finer than a quarter).",
  "funding.export.population":
    "Only women who gave consent to anonymised reporting are counted, over every organisation of the funding relationship.",
  "dashboard.gasBand.below-30": "Below 30",
  "dashboard.gasBand.30-39": "30–39",
  "dashboard.gasBand.40-49": "40–49",
  "dashboard.gasBand.50-59": "50–59",
  "dashboard.gasBand.60-69": "60–69",
  "dashboard.gasBand.70-plus": "70 and above",
  "dashboard.unassigned": "No caseworker assigned",
};

export const de: MessagesOf<typeof en> = {
  "funding.error.noRelationship":
    "Sie gehören noch zu keiner Förderbeziehung. Bitten Sie die Administration der Organisation, Sie hinzuzufügen.",
  "funding.error.budgetExhausted":
    "Das Datenschutzbudget dieser Förderbeziehung ist für diesen Zeitraum aufgebraucht. Neue Zahlen können für den nächsten Zeitraum freigegeben werden.",
  "funding.error.notAFunder":
    "Nur eine Person mit der Rolle Fördergeber in Ihrer Organisation kann einer Förderbeziehung hinzugefügt werden.",
  "funding.export.methodology": "Methodik",
  "funding.export.definitions": "Definitionen",
  "funding.export.smallCells":
    "Gruppen mit weniger als {{k}} Frauen werden unterdrückt, dazu weitere Zellen, aus denen sich eine unterdrückte errechnen ließe; Anzahlen werden auf ein Vielfaches von {{resolution}} abgerundet.",
  "funding.export.noise":
    "Jeder Anzahl wurde zufälliges Rauschen hinzugefügt (Laplace, ε = {{epsilon}} für diese Freigabe); typischer Fehler ±{{scale}}. Mediane werden mit Rauschen nicht freigegeben.",
  "funding.export.noNoise": "Kein zufälliges Rauschen: Diese Förderbeziehung nutzt nur den Schutz kleiner Zellen.",
  "funding.export.period": "Berichtszeitraum: {{period}} (abgeschlossenes Quartal; Daten nie genauer als ein Quartal).",
  "funding.export.population":
    "Gezählt werden nur Frauen, die der anonymisierten Berichterstattung zugestimmt haben, über alle Organisationen der Förderbeziehung.",
  "dashboard.gasBand.below-30": "Unter 30",
  "dashboard.gasBand.30-39": "30–39",
  "dashboard.gasBand.40-49": "40–49",
  "dashboard.gasBand.50-59": "50–59",
  "dashboard.gasBand.60-69": "60–69",
  "dashboard.gasBand.70-plus": "70 und mehr",
  "dashboard.unassigned": "Keine Fallbegleiterin zugewiesen",
};

export const it: MessagesOf<typeof en> = {
  "funding.error.noRelationship":
    "Non fai ancora parte di alcun rapporto di finanziamento. Chiedi all'amministrazione dell'organizzazione di aggiungerti.",
  "funding.error.budgetExhausted":
    "Il budget di privacy di questo rapporto di finanziamento per questo periodo è esaurito. Nuovi dati potranno essere rilasciati per il periodo successivo.",
  "funding.error.notAFunder":
    "Solo una persona con il ruolo di finanziatore nella tua organizzazione può essere aggiunta a un rapporto di finanziamento.",
  "funding.export.methodology": "Metodologia",
  "funding.export.definitions": "Definizioni",
  "funding.export.smallCells":
    "I gruppi con meno di {{k}} donne sono oscurati, insieme alle altre celle da cui si potrebbe ricavare un dato oscurato; i conteggi sono arrotondati per difetto a un multiplo di {{resolution}}.",
  "funding.export.noise":
    "A ogni conteggio è stato aggiunto rumore casuale (Laplace, ε = {{epsilon}} per questo rilascio); errore tipico ±{{scale}}. Le mediane non vengono rilasciate con rumore.",
  "funding.export.noNoise": "Nessun rumore casuale: questo rapporto usa solo la protezione delle celle piccole.",
  "funding.export.period":
    "Periodo di riferimento: {{period}} (trimestre concluso; le date non sono mai più precise di un trimestre).",
  "funding.export.population":
    "Sono contate solo le donne che hanno dato il consenso alla rendicontazione anonima, in tutte le organizzazioni del rapporto di finanziamento.",
  "dashboard.gasBand.below-30": "Sotto 30",
  "dashboard.gasBand.30-39": "30–39",
  "dashboard.gasBand.40-49": "40–49",
  "dashboard.gasBand.50-59": "50–59",
  "dashboard.gasBand.60-69": "60–69",
  "dashboard.gasBand.70-plus": "70 e oltre",
  "dashboard.unassigned": "Nessuna operatrice assegnata",
};

export const bg: MessagesOf<typeof en> = {
  "funding.error.noRelationship":
    "Все още не сте член на нито едно финансиращо партньорство. Помолете администратора на организацията да Ви добави.",
  "funding.error.budgetExhausted":
    "Бюджетът за поверителност на това финансиращо партньорство за този период е изчерпан. Нови данни могат да бъдат публикувани за следващия период.",
  "funding.error.notAFunder":
    "Само лице с ролята на донор във Вашата организация може да бъде добавено към финансиращо партньорство.",
  "funding.export.methodology": "Методология",
  "funding.export.definitions": "Определения",
  "funding.export.smallCells":
    "Групи с по-малко от {{k}} жени са скрити, както и други клетки, от които скрита стойност би могла да бъде изчислена; бройките са закръглени надолу до кратно на {{resolution}}.",
  "funding.export.noise":
    "Към всяка бройка е добавен случаен шум (Лаплас, ε = {{epsilon}} за тази публикация); типична грешка ±{{scale}}. Медианите не се публикуват с шум.",
  "funding.export.noNoise": "Без случаен шум: това партньорство използва само защита на малките клетки.",
  "funding.export.period": "Отчетен период: {{period}} (цяло тримесечие; датите никога не са по-точни от тримесечие).",
  "funding.export.population":
    "Отчитат се само жени, дали съгласие за анонимизирано отчитане, във всички организации на финансиращото партньорство.",
  "dashboard.gasBand.below-30": "Под 30",
  "dashboard.gasBand.30-39": "30–39",
  "dashboard.gasBand.40-49": "40–49",
  "dashboard.gasBand.50-59": "50–59",
  "dashboard.gasBand.60-69": "60–69",
  "dashboard.gasBand.70-plus": "70 и повече",
  "dashboard.unassigned": "Няма определен социален работник",
};
