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

export const el: MessagesOf<typeof en> = {
  "funding.error.noRelationship":
    "Δεν είστε ακόμη μέλος καμίας σχέσης χρηματοδότησης. Ζητήστε από τη διαχείριση συστήματος του οργανισμού να σας προσθέσει.",
  "funding.error.budgetExhausted":
    "Ο προϋπολογισμός ιδιωτικότητας αυτής της σχέσης χρηματοδότησης για αυτή την περίοδο έχει εξαντληθεί. Νέα στοιχεία μπορούν να δημοσιευθούν για την επόμενη περίοδο.",
  "funding.error.notAFunder":
    "Σε μια σχέση χρηματοδότησης μπορεί να προστεθεί μόνο πρόσωπο με τον ρόλο φορέα χρηματοδότησης στον οργανισμό σας.",
  "funding.export.methodology": "Μεθοδολογία",
  "funding.export.definitions": "Ορισμοί",
  "funding.export.smallCells":
    "Ομάδες μικρότερες από {{k}} γυναίκες αποκρύπτονται, και κρύβονται και άλλα κελιά όπου θα μπορούσε να συναχθεί ένα αποκρυμμένο· οι αριθμοί στρογγυλοποιούνται προς τα κάτω σε πολλαπλάσιο του {{resolution}}.",
  "funding.export.noise":
    "Σε κάθε αριθμό προστέθηκε τυχαίος θόρυβος (Laplace, ε = {{epsilon}} για αυτή τη δημοσίευση)· τυπικό σφάλμα ±{{scale}}. Οι διάμεσοι δεν δημοσιεύονται με θόρυβο.",
  "funding.export.noNoise": "Χωρίς τυχαίο θόρυβο: αυτή η σχέση χρησιμοποιεί μόνο προστασία μικρών κελιών.",
  "funding.export.period":
    "Περίοδος αναφοράς: {{period}} (πλήρες τρίμηνο· οι ημερομηνίες δεν είναι ποτέ πιο λεπτομερείς από ένα τρίμηνο).",
  "funding.export.population":
    "Μετρώνται μόνο γυναίκες που έδωσαν συγκατάθεση για ανωνυμοποιημένη αναφορά, σε όλους τους οργανισμούς της σχέσης χρηματοδότησης.",
  "dashboard.gasBand.below-30": "Κάτω από 30",
  "dashboard.gasBand.30-39": "30–39",
  "dashboard.gasBand.40-49": "40–49",
  "dashboard.gasBand.50-59": "50–59",
  "dashboard.gasBand.60-69": "60–69",
  "dashboard.gasBand.70-plus": "70 και άνω",
  "dashboard.unassigned": "Δεν έχει οριστεί κοινωνική λειτουργός",
};

export const es: MessagesOf<typeof en> = {
  "funding.error.noRelationship":
    "Todavía no forma parte de ninguna relación de financiación. Pida a la administración de la organización que le añada.",
  "funding.error.budgetExhausted":
    "El presupuesto de privacidad de esta relación de financiación para este periodo se ha agotado. Se podrán publicar nuevas cifras en el próximo periodo.",
  "funding.error.notAFunder":
    "Solo una persona con el rol de persona financiadora en su organización puede añadirse a una relación de financiación.",
  "funding.export.methodology": "Metodología",
  "funding.export.definitions": "Definiciones",
  "funding.export.smallCells":
    "Los grupos de menos de {{k}} mujeres se suprimen, y se ocultan otras celdas cuando permitirían deducir una suprimida; las cifras se redondean a la baja a un múltiplo de {{resolution}}.",
  "funding.export.noise":
    "Se ha añadido ruido aleatorio (Laplace, ε = {{epsilon}} para esta publicación) a cada cifra; error típico ±{{scale}}. Las medianas no se publican con ruido.",
  "funding.export.noNoise": "Sin ruido aleatorio: esta relación solo usa la protección de celdas pequeñas.",
  "funding.export.period":
    "Periodo de información: {{period}} (trimestre completo; las fechas nunca son más precisas que un trimestre).",
  "funding.export.population":
    "Solo se cuentan las mujeres que dieron su consentimiento a la información anonimizada, en todas las organizaciones de la relación de financiación.",
  "dashboard.gasBand.below-30": "Menos de 30",
  "dashboard.gasBand.30-39": "30–39",
  "dashboard.gasBand.40-49": "40–49",
  "dashboard.gasBand.50-59": "50–59",
  "dashboard.gasBand.60-69": "60–69",
  "dashboard.gasBand.70-plus": "70 o más",
  "dashboard.unassigned": "Sin profesional de referencia",
};

export const fr: MessagesOf<typeof en> = {
  "funding.error.noRelationship":
    "Vous n'êtes encore membre d'aucune relation de financement. Demandez à l'administrateur·rice de l'organisation de vous ajouter.",
  "funding.error.budgetExhausted":
    "Le budget de confidentialité de cette relation de financement est épuisé pour cette période. De nouveaux chiffres pourront être publiés pour la période suivante.",
  "funding.error.notAFunder":
    "Seule une personne ayant le rôle de financeur dans votre organisation peut être ajoutée à une relation de financement.",
  "funding.export.methodology": "Méthodologie",
  "funding.export.definitions": "Définitions",
  "funding.export.smallCells":
    "Les groupes de moins de {{k}} femmes sont masqués, et d'autres cellules sont masquées lorsqu'une cellule masquée pourrait être recalculée ; les effectifs sont arrondis à l'inférieur à un multiple de {{resolution}}.",
  "funding.export.noise":
    "Un bruit aléatoire (Laplace, ε = {{epsilon}} pour cette publication) a été ajouté à chaque effectif ; erreur typique ±{{scale}}. Les médianes ne sont pas publiées avec bruit.",
  "funding.export.noNoise":
    "Pas de bruit aléatoire : cette relation utilise uniquement la protection des petites cellules.",
  "funding.export.period":
    "Période de rapport : {{period}} (trimestre complet ; les dates ne sont jamais plus fines qu'un trimestre).",
  "funding.export.population":
    "Seules les femmes qui ont consenti aux statistiques anonymisées sont comptées, sur l'ensemble des organisations de la relation de financement.",
  "dashboard.gasBand.below-30": "Moins de 30",
  "dashboard.gasBand.30-39": "30–39",
  "dashboard.gasBand.40-49": "40–49",
  "dashboard.gasBand.50-59": "50–59",
  "dashboard.gasBand.60-69": "60–69",
  "dashboard.gasBand.70-plus": "70 et plus",
  "dashboard.unassigned": "Aucun·e référent·e attribué·e",
};

export const ro: MessagesOf<typeof en> = {
  "funding.error.noRelationship":
    "Nu faceți încă parte din nicio relație de finanțare. Cereți administratorului organizației să vă adauge.",
  "funding.error.budgetExhausted":
    "Bugetul de confidențialitate al acestei relații de finanțare pentru această perioadă este epuizat. Cifre noi pot fi publicate pentru perioada următoare.",
  "funding.error.notAFunder":
    "Doar o persoană cu rolul de finanțator în organizația dumneavoastră poate fi adăugată la o relație de finanțare.",
  "funding.export.methodology": "Metodologie",
  "funding.export.definitions": "Definiții",
  "funding.export.smallCells":
    "Grupurile cu mai puțin de {{k}} femei sunt ascunse, împreună cu alte celule din care s-ar putea deduce una ascunsă; numerele sunt rotunjite în jos la un multiplu de {{resolution}}.",
  "funding.export.noise":
    "La fiecare număr s-a adăugat zgomot aleatoriu (Laplace, ε = {{epsilon}} pentru această publicare); eroare tipică ±{{scale}}. Medianele nu sunt publicate cu zgomot.",
  "funding.export.noNoise": "Fără zgomot aleatoriu: această relație folosește doar protecția celulelor mici.",
  "funding.export.period":
    "Perioada de raportare: {{period}} (trimestru încheiat; datele nu sunt niciodată mai detaliate de un trimestru).",
  "funding.export.population":
    "Sunt numărate doar femeile care și-au dat consimțământul pentru raportarea anonimizată, în toate organizațiile relației de finanțare.",
  "dashboard.gasBand.below-30": "Sub 30",
  "dashboard.gasBand.30-39": "30–39",
  "dashboard.gasBand.40-49": "40–49",
  "dashboard.gasBand.50-59": "50–59",
  "dashboard.gasBand.60-69": "60–69",
  "dashboard.gasBand.70-plus": "70 și peste",
  "dashboard.unassigned": "Niciun manager de caz desemnat",
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
