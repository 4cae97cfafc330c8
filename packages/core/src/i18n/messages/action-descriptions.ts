import type { MessagesOf } from "../message-types.ts";

/**
 * Plain-language descriptions of the actions, for the printable plan she keeps. They speak to
 * her directly, describe an offer (never an obligation) and never suggest blame.
 */
export const en = {
  "action.single-sex-shelter-place.description":
    "A safe place to live in a house only for women, with staff who understand what you have been through.",
  "action.move-on-flat.description": "Help to find and move into your own flat when you are ready.",
  "action.accommodation-safety-check.description":
    "We check together that the place where you live is safe and right for you.",
  "action.mother-and-child-place.description": "A safe place where you can live together with your children.",
  "action.child-needs-assessment.description":
    "We look together at what your children need: care, health, school and safety.",
  "action.childcare-place.description":
    "A place in a nursery or with a childminder, so you can go to courses or to work.",
  "action.antenatal-care.description": "Check-ups with a midwife or doctor during your pregnancy.",
  "action.children-school-enrolment.description": "Help to register your children at a school.",
  "action.legal-needs-assessment.description":
    "A first talk with a legal adviser about your situation and your options.",
  "action.rights-information.description": "Clear information about your rights, in a language you understand.",
  "action.free-legal-representation.description": "A lawyer who represents you free of charge.",
  "action.reflection-period-decision-support.description":
    "Time to rest and support to decide, without pressure, what you want to do next. Our support does not depend on going to the police.",
  "action.residence-permit-application.description": "Help to apply for a permit to stay in this country.",
  "action.work-permit-application.description": "Help to apply for a permit to work.",
  "action.asylum-application.description": "Help to apply for asylum or refugee protection.",
  "action.non-punishment-defence.description":
    "Legal help if you are accused of something you were forced to do while you were exploited.",
  "action.compensation-claim.description": "Help to claim money for the harm that was done to you.",
  "action.witness-protection-request.description":
    "If you decide to take part in a court case: a request to protect you and your family.",
  "action.identity-documents-replacement.description":
    "Help to get new identity papers when others kept or destroyed yours.",
  "action.family-reunification-application.description": "Help to bring family members to join you, when it is safe.",
  "action.court-accompaniment.description":
    "Someone you trust goes with you to the police, the prosecutor or the court.",
  "action.psychological-assessment.description":
    "A first talk with a psychologist to find out what support could help you.",
  "action.trauma-therapy.description":
    "Regular sessions with a therapist who knows about trauma, in your language or with an interpreter.",
  "action.crisis-support.description": "Help straight away when you feel in danger or overwhelmed.",
  "action.health-check.description": "A check-up with a doctor to look after your health.",
  "action.sexual-reproductive-health-screening.description":
    "Confidential tests and advice about sexual health, contraception and pregnancy.",
  "action.primary-care-registration.description": "Help to register with a family doctor and to get health cover.",
  "action.tbi-screening.description":
    "A check for after-effects of blows to the head, such as headaches or trouble remembering.",
  "action.addiction-support-referral.description":
    "If you wish: contact with a service that helps with alcohol, drugs or medicines.",
  "action.language-course.description": "A course to learn the language of this country.",
  "action.language-level-test.description": "A test that shows and certifies your language level.",
  "action.education-enrolment.description": "Help to go back to school or to continue your studies.",
  "action.vocational-training.description": "Training for a job you would like to do.",
  "action.job-readiness-course.description":
    "A course about applying for jobs, your rights at work and working life here.",
  "action.job-search-support.description": "Help to find a job that is safe, legal and fair.",
  "action.formal-employment-contract.description": "A job with a written contract, a legal wage and social insurance.",
  "action.employer-mediation.description":
    "Support if there are problems at work, or if you want to change employer safely.",
  "action.financial-allowance.description": "Regular money every month for your basic needs.",
  "action.bank-account-opening.description": "Help to open a bank account in your own name.",
  "action.debt-advice.description": "Advice about debts, including debts that others say you owe them.",
  "action.budgeting-support.description": "Help to plan your money from month to month.",
  "action.peer-group-offer.description":
    "An invitation to a group where women with similar experiences support each other.",
  "action.peer-group-attendance.description": "Meeting with a women's support group, as often as you wish.",
  "action.interpreter-booking.description":
    "A professional interpreter for your appointments. You can ask for a woman interpreter.",
  "action.cultural-mediation.description": "A cultural mediator who helps you and the services understand each other.",
  "action.digital-safety-check.description":
    "We check your phone and online accounts together for tracking or unwanted contact.",
  "action.new-phone-and-accounts.description": "A new phone, number and accounts that only you control.",
  "action.safety-plan.description": "A plan, made with you, of what to do and whom to call if you feel unsafe.",
  "action.risk-review.description": "We look again together at possible dangers and update your safety plan.",
  "action.child-protection-referral.description":
    "If you agree, contact with the child-protection service so your children are safe and supported.",
  "action.special-measures-in-court.description":
    "If you give evidence: protection in court, such as a screen, a video link or not being asked the same questions again.",
  "action.identification-support.description":
    "Help to be recognised officially as a survivor of trafficking, so you can get the support and rights that come with it.",
  "action.voluntary-return-or-relocation.description":
    "Only if you want it: help to return home or move somewhere else safely, prepared with you.",
  "action.complaints-route.description":
    "How you can complain about our service or about the authorities, safely and without losing support.",
  "action.micro-finance.description": "Help to get a small loan or grant to start your own work.",
  "action.benefits-registration.description": "Help to register for the social benefits you have a right to.",
  "action.follow-up-after-closure.description":
    "If you agree: we get in touch after your support ends, to see how you are.",
} as const;

export const de: MessagesOf<typeof en> = {
  "action.single-sex-shelter-place.description":
    "Ein sicherer Wohnplatz in einem Haus nur für Frauen, mit Mitarbeiterinnen, die verstehen, was Sie erlebt haben.",
  "action.move-on-flat.description": "Hilfe, eine eigene Wohnung zu finden und einzuziehen, wenn Sie dazu bereit sind.",
  "action.accommodation-safety-check.description":
    "Wir prüfen gemeinsam, ob Ihre Unterkunft sicher ist und zu Ihnen passt.",
  "action.mother-and-child-place.description": "Ein sicherer Ort, an dem Sie mit Ihren Kindern zusammen wohnen können.",
  "action.child-needs-assessment.description":
    "Wir schauen gemeinsam, was Ihre Kinder brauchen: Betreuung, Gesundheit, Schule und Sicherheit.",
  "action.childcare-place.description":
    "Ein Platz in einer Kita oder bei einer Tagesmutter, damit Sie Kurse besuchen oder arbeiten können.",
  "action.antenatal-care.description": "Vorsorgetermine bei einer Hebamme oder Ärztin während Ihrer Schwangerschaft.",
  "action.children-school-enrolment.description": "Hilfe, Ihre Kinder an einer Schule anzumelden.",
  "action.legal-needs-assessment.description":
    "Ein erstes Gespräch mit einer Rechtsberaterin über Ihre Lage und Ihre Möglichkeiten.",
  "action.rights-information.description": "Klare Informationen über Ihre Rechte, in einer Sprache, die Sie verstehen.",
  "action.free-legal-representation.description": "Eine Anwältin oder ein Anwalt, die oder der Sie kostenlos vertritt.",
  "action.reflection-period-decision-support.description":
    "Zeit zum Ausruhen und Unterstützung, um ohne Druck zu entscheiden, wie es weitergehen soll. Unsere Hilfe hängt nicht davon ab, ob Sie zur Polizei gehen.",
  "action.residence-permit-application.description": "Hilfe beim Antrag auf eine Erlaubnis, in diesem Land zu bleiben.",
  "action.work-permit-application.description": "Hilfe beim Antrag auf eine Arbeitserlaubnis.",
  "action.asylum-application.description": "Hilfe beim Antrag auf Asyl oder Flüchtlingsschutz.",
  "action.non-punishment-defence.description":
    "Rechtliche Hilfe, wenn Ihnen etwas vorgeworfen wird, wozu Sie während der Ausbeutung gezwungen wurden.",
  "action.compensation-claim.description":
    "Hilfe, eine Entschädigung für das Unrecht zu verlangen, das Ihnen angetan wurde.",
  "action.witness-protection-request.description":
    "Wenn Sie sich entscheiden, an einem Gerichtsverfahren teilzunehmen: ein Antrag auf Schutz für Sie und Ihre Familie.",
  "action.identity-documents-replacement.description":
    "Hilfe, neue Ausweispapiere zu bekommen, wenn andere Ihre behalten oder zerstört haben.",
  "action.family-reunification-application.description":
    "Hilfe, Familienangehörige zu Ihnen zu holen, wenn es sicher ist.",
  "action.court-accompaniment.description":
    "Eine Person Ihres Vertrauens begleitet Sie zur Polizei, zur Staatsanwaltschaft oder zum Gericht.",
  "action.psychological-assessment.description":
    "Ein erstes Gespräch mit einer Psychologin, um herauszufinden, welche Unterstützung Ihnen helfen kann.",
  "action.trauma-therapy.description":
    "Regelmäßige Sitzungen bei einer Therapeutin mit Erfahrung in Traumatherapie, in Ihrer Sprache oder mit Dolmetscherin.",
  "action.crisis-support.description": "Sofortige Hilfe, wenn Sie sich in Gefahr oder überfordert fühlen.",
  "action.health-check.description": "Eine Untersuchung bei einer Ärztin, um sich um Ihre Gesundheit zu kümmern.",
  "action.sexual-reproductive-health-screening.description":
    "Vertrauliche Tests und Beratung zu sexueller Gesundheit, Verhütung und Schwangerschaft.",
  "action.primary-care-registration.description":
    "Hilfe, sich bei einer Hausarztpraxis anzumelden und eine Krankenversicherung zu bekommen.",
  "action.tbi-screening.description":
    "Eine Untersuchung auf Folgen von Schlägen auf den Kopf, zum Beispiel Kopfschmerzen oder Gedächtnisprobleme.",
  "action.addiction-support-referral.description":
    "Wenn Sie möchten: Kontakt zu einer Beratung, die bei Alkohol, Drogen oder Medikamenten hilft.",
  "action.language-course.description": "Ein Kurs, um die Sprache dieses Landes zu lernen.",
  "action.language-level-test.description": "Ein Test, der Ihr Sprachniveau zeigt und bescheinigt.",
  "action.education-enrolment.description": "Hilfe, wieder zur Schule zu gehen oder Ihre Ausbildung fortzusetzen.",
  "action.vocational-training.description": "Eine Ausbildung für einen Beruf, den Sie gern ausüben möchten.",
  "action.job-readiness-course.description":
    "Ein Kurs über Bewerbungen, Ihre Rechte bei der Arbeit und das Arbeitsleben hier.",
  "action.job-search-support.description": "Hilfe, eine sichere, legale und faire Arbeit zu finden.",
  "action.formal-employment-contract.description":
    "Eine Arbeit mit schriftlichem Vertrag, gesetzlichem Lohn und Sozialversicherung.",
  "action.employer-mediation.description":
    "Unterstützung bei Problemen auf der Arbeit oder wenn Sie sicher den Arbeitgeber wechseln möchten.",
  "action.financial-allowance.description": "Regelmäßig jeden Monat Geld für Ihre Grundbedürfnisse.",
  "action.bank-account-opening.description": "Hilfe, ein Bankkonto auf Ihren eigenen Namen zu eröffnen.",
  "action.debt-advice.description": "Beratung zu Schulden, auch zu Schulden, die andere von Ihnen verlangen.",
  "action.budgeting-support.description": "Hilfe, Ihr Geld von Monat zu Monat zu planen.",
  "action.peer-group-offer.description":
    "Eine Einladung in eine Gruppe, in der Frauen mit ähnlichen Erfahrungen einander unterstützen.",
  "action.peer-group-attendance.description": "Treffen mit einer Frauengruppe, so oft Sie möchten.",
  "action.interpreter-booking.description":
    "Eine professionelle Dolmetscherin für Ihre Termine. Sie können sich eine Frau wünschen.",
  "action.cultural-mediation.description":
    "Eine Kulturmittlerin, die Ihnen und den Diensten hilft, einander zu verstehen.",
  "action.digital-safety-check.description":
    "Wir prüfen gemeinsam Ihr Telefon und Ihre Online-Konten auf Ortung oder unerwünschten Kontakt.",
  "action.new-phone-and-accounts.description":
    "Ein neues Telefon, eine neue Nummer und neue Konten, über die nur Sie bestimmen.",
  "action.safety-plan.description":
    "Ein Plan, den wir mit Ihnen erstellen: was Sie tun und wen Sie anrufen können, wenn Sie sich nicht sicher fühlen.",
  "action.risk-review.description":
    "Wir schauen gemeinsam noch einmal auf mögliche Gefahren und passen Ihren Sicherheitsplan an.",
  "action.child-protection-referral.description":
    "Wenn Sie einverstanden sind: Kontakt zum Kinderschutz, damit Ihre Kinder sicher sind und Unterstützung bekommen.",
  "action.special-measures-in-court.description":
    "Wenn Sie aussagen: Schutz vor Gericht, zum Beispiel ein Sichtschutz, eine Videovernehmung oder keine wiederholten Befragungen.",
  "action.identification-support.description":
    "Hilfe, offiziell als Betroffene von Menschenhandel anerkannt zu werden, damit Sie die Unterstützung und die Rechte bekommen, die Ihnen zustehen.",
  "action.voluntary-return-or-relocation.description":
    "Nur wenn Sie es wollen: Hilfe, sicher nach Hause zurückzukehren oder an einen anderen Ort zu ziehen, gemeinsam mit Ihnen vorbereitet.",
  "action.complaints-route.description":
    "Wie Sie sich sicher über unseren Dienst oder über Behörden beschweren können, ohne Unterstützung zu verlieren.",
  "action.micro-finance.description":
    "Hilfe, einen kleinen Kredit oder Zuschuss zu bekommen, um selbstständig zu arbeiten.",
  "action.benefits-registration.description":
    "Hilfe bei der Anmeldung für die Sozialleistungen, auf die Sie ein Recht haben.",
  "action.follow-up-after-closure.description":
    "Wenn Sie einverstanden sind: Wir melden uns nach dem Ende der Unterstützung, um zu hören, wie es Ihnen geht.",
};

export const it: MessagesOf<typeof en> = {
  "action.single-sex-shelter-place.description":
    "Un posto sicuro dove vivere, in una casa solo per donne, con operatrici che capiscono quello che hai vissuto.",
  "action.move-on-flat.description": "Aiuto per trovare un appartamento tuo e trasferirti quando te la senti.",
  "action.accommodation-safety-check.description":
    "Verifichiamo insieme che il posto dove vivi sia sicuro e adatto a te.",
  "action.mother-and-child-place.description": "Un posto sicuro dove puoi vivere insieme ai tuoi figli.",
  "action.child-needs-assessment.description":
    "Guardiamo insieme di cosa hanno bisogno i tuoi figli: cura, salute, scuola e sicurezza.",
  "action.childcare-place.description":
    "Un posto al nido o presso una babysitter, così puoi frequentare corsi o lavorare.",
  "action.antenatal-care.description": "Visite con un'ostetrica o una dottoressa durante la gravidanza.",
  "action.children-school-enrolment.description": "Aiuto per iscrivere i tuoi figli a scuola.",
  "action.legal-needs-assessment.description":
    "Un primo colloquio con una consulente legale sulla tua situazione e sulle tue possibilità.",
  "action.rights-information.description": "Informazioni chiare sui tuoi diritti, in una lingua che capisci.",
  "action.free-legal-representation.description": "Un'avvocata o un avvocato che ti rappresenta gratuitamente.",
  "action.reflection-period-decision-support.description":
    "Tempo per riposare e sostegno per decidere, senza pressioni, cosa vuoi fare. Il nostro aiuto non dipende dal fatto che tu vada alla polizia.",
  "action.residence-permit-application.description": "Aiuto per chiedere un permesso per restare in questo Paese.",
  "action.work-permit-application.description": "Aiuto per chiedere un permesso di lavoro.",
  "action.asylum-application.description": "Aiuto per chiedere asilo o protezione come rifugiata.",
  "action.non-punishment-defence.description":
    "Aiuto legale se sei accusata di qualcosa che sei stata costretta a fare durante lo sfruttamento.",
  "action.compensation-claim.description": "Aiuto per chiedere un risarcimento per il danno che hai subito.",
  "action.witness-protection-request.description":
    "Se decidi di partecipare a un processo: una richiesta di protezione per te e per la tua famiglia.",
  "action.identity-documents-replacement.description":
    "Aiuto per avere nuovi documenti d'identità se altri hanno tenuto o distrutto i tuoi.",
  "action.family-reunification-application.description":
    "Aiuto per far venire da te i tuoi familiari, quando è sicuro.",
  "action.court-accompaniment.description":
    "Una persona di tua fiducia ti accompagna dalla polizia, dal pubblico ministero o in tribunale.",
  "action.psychological-assessment.description":
    "Un primo colloquio con una psicologa per capire quale sostegno può aiutarti.",
  "action.trauma-therapy.description":
    "Incontri regolari con una terapeuta esperta di trauma, nella tua lingua o con un'interprete.",
  "action.crisis-support.description": "Aiuto immediato quando ti senti in pericolo o sopraffatta.",
  "action.health-check.description": "Una visita medica per prenderti cura della tua salute.",
  "action.sexual-reproductive-health-screening.description":
    "Esami e consigli riservati su salute sessuale, contraccezione e gravidanza.",
  "action.primary-care-registration.description":
    "Aiuto per iscriverti presso un medico di base e avere l'assistenza sanitaria.",
  "action.tbi-screening.description":
    "Un controllo delle conseguenze di colpi alla testa, come mal di testa o difficoltà di memoria.",
  "action.addiction-support-referral.description":
    "Se lo desideri: contatto con un servizio che aiuta con alcol, droghe o farmaci.",
  "action.language-course.description": "Un corso per imparare la lingua di questo Paese.",
  "action.language-level-test.description": "Un test che mostra e certifica il tuo livello di lingua.",
  "action.education-enrolment.description": "Aiuto per tornare a scuola o continuare gli studi.",
  "action.vocational-training.description": "Una formazione per un lavoro che ti piacerebbe fare.",
  "action.job-readiness-course.description":
    "Un corso su come cercare lavoro, sui tuoi diritti sul lavoro e sul mondo del lavoro qui.",
  "action.job-search-support.description": "Aiuto per trovare un lavoro sicuro, regolare e giusto.",
  "action.formal-employment-contract.description":
    "Un lavoro con un contratto scritto, uno stipendio regolare e i contributi.",
  "action.employer-mediation.description":
    "Sostegno se ci sono problemi al lavoro o se vuoi cambiare datore di lavoro in sicurezza.",
  "action.financial-allowance.description": "Un aiuto economico regolare ogni mese per i tuoi bisogni di base.",
  "action.bank-account-opening.description": "Aiuto per aprire un conto bancario a tuo nome.",
  "action.debt-advice.description": "Consigli sui debiti, anche sui debiti che altri dicono che hai con loro.",
  "action.budgeting-support.description": "Aiuto per organizzare i tuoi soldi mese per mese.",
  "action.peer-group-offer.description":
    "Un invito a un gruppo dove donne con esperienze simili si sostengono a vicenda.",
  "action.peer-group-attendance.description": "Incontri con un gruppo di sostegno di donne, tutte le volte che vuoi.",
  "action.interpreter-booking.description":
    "Un'interprete professionale per i tuoi appuntamenti. Puoi chiedere che sia una donna.",
  "action.cultural-mediation.description": "Una mediatrice culturale che aiuta te e i servizi a capirvi.",
  "action.digital-safety-check.description":
    "Controlliamo insieme il tuo telefono e i tuoi account per localizzazioni o contatti indesiderati.",
  "action.new-phone-and-accounts.description":
    "Un nuovo telefono, un nuovo numero e nuovi account che controlli solo tu.",
  "action.safety-plan.description":
    "Un piano, fatto insieme a te, su cosa fare e chi chiamare se non ti senti al sicuro.",
  "action.risk-review.description":
    "Guardiamo di nuovo insieme i possibili pericoli e aggiorniamo il tuo piano di sicurezza.",
  "action.child-protection-referral.description":
    "Se sei d'accordo: contatto con il servizio di tutela dei minori, perché i tuoi figli siano al sicuro e sostenuti.",
  "action.special-measures-in-court.description":
    "Se testimoni: protezione in tribunale, per esempio uno schermo, un collegamento video o non dover rispondere di nuovo alle stesse domande.",
  "action.identification-support.description":
    "Aiuto per essere riconosciuta ufficialmente come sopravvissuta alla tratta, così da avere il sostegno e i diritti che ne derivano.",
  "action.voluntary-return-or-relocation.description":
    "Solo se lo vuoi tu: aiuto per tornare a casa o trasferirti altrove in sicurezza, preparato insieme a te.",
  "action.complaints-route.description":
    "Come puoi fare un reclamo sul nostro servizio o sulle autorità, in sicurezza e senza perdere il sostegno.",
  "action.micro-finance.description": "Aiuto per ottenere un piccolo prestito o contributo per avviare un tuo lavoro.",
  "action.benefits-registration.description": "Aiuto per iscriverti alle prestazioni sociali a cui hai diritto.",
  "action.follow-up-after-closure.description":
    "Se sei d'accordo: ti contattiamo dopo la fine del sostegno, per sapere come stai.",
};

export const bg: MessagesOf<typeof en> = {
  "action.single-sex-shelter-place.description":
    "Безопасно място за живеене в къща само за жени, със служителки, които разбират през какво сте преминали.",
  "action.move-on-flat.description": "Помощ да намерите собствено жилище и да се преместите в него, когато сте готова.",
  "action.accommodation-safety-check.description":
    "Заедно проверяваме дали мястото, където живеете, е безопасно и подходящо за Вас.",
  "action.mother-and-child-place.description": "Безопасно място, където можете да живеете заедно с децата си.",
  "action.child-needs-assessment.description":
    "Заедно преценяваме от какво се нуждаят децата Ви: грижа, здраве, училище и безопасност.",
  "action.childcare-place.description":
    "Място в детска ясла или градина или при детегледачка, за да можете да ходите на курсове или на работа.",
  "action.antenatal-care.description": "Прегледи при акушерка или лекар по време на бременността.",
  "action.children-school-enrolment.description": "Помощ да запишете децата си в училище.",
  "action.legal-needs-assessment.description":
    "Първи разговор с правен консултант за Вашето положение и възможностите Ви.",
  "action.rights-information.description": "Ясна информация за Вашите права на език, който разбирате.",
  "action.free-legal-representation.description": "Адвокат, който Ви представлява безплатно.",
  "action.reflection-period-decision-support.description":
    "Време за почивка и подкрепа, за да решите без натиск какво искате да направите по-нататък. Нашата подкрепа не зависи от това дали ще отидете в полицията.",
  "action.residence-permit-application.description":
    "Помощ при кандидатстване за разрешение за пребиваване в тази държава.",
  "action.work-permit-application.description": "Помощ при кандидатстване за разрешение за работа.",
  "action.asylum-application.description": "Помощ при кандидатстване за убежище или закрила като бежанка.",
  "action.non-punishment-defence.description":
    "Правна помощ, ако Ви обвиняват в нещо, което сте била принудена да направите, докато сте била експлоатирана.",
  "action.compensation-claim.description": "Помощ да поискате обезщетение за вредите, които са Ви причинени.",
  "action.witness-protection-request.description":
    "Ако решите да участвате в съдебно дело: искане за защита на Вас и семейството Ви.",
  "action.identity-documents-replacement.description":
    "Помощ да получите нови документи за самоличност, когато други са задържали или унищожили Вашите.",
  "action.family-reunification-application.description":
    "Помощ да доведете членове на семейството си при Вас, когато е безопасно.",
  "action.court-accompaniment.description":
    "Човек, на когото имате доверие, идва с Вас в полицията, при прокурора или в съда.",
  "action.psychological-assessment.description":
    "Първи разговор с психолог, за да разберем каква подкрепа би могла да Ви помогне.",
  "action.trauma-therapy.description":
    "Редовни сесии с терапевт, който познава травмата, на Вашия език или с преводач.",
  "action.crisis-support.description": "Незабавна помощ, когато се чувствате в опасност или претоварена.",
  "action.health-check.description": "Преглед при лекар, за да се погрижите за здравето си.",
  "action.sexual-reproductive-health-screening.description":
    "Поверителни изследвания и съвети за сексуалното здраве, контрацепцията и бременността.",
  "action.primary-care-registration.description":
    "Помощ да се регистрирате при личен лекар и да получите здравно осигуряване.",
  "action.tbi-screening.description":
    "Проверка за последици от удари по главата, като главоболие или проблеми с паметта.",
  "action.addiction-support-referral.description":
    "Ако желаете: връзка със служба, която помага при проблеми с алкохол, наркотици или лекарства.",
  "action.language-course.description": "Курс за изучаване на езика на тази държава.",
  "action.language-level-test.description": "Тест, който показва и удостоверява Вашето езиково ниво.",
  "action.education-enrolment.description": "Помощ да се върнете в училище или да продължите образованието си.",
  "action.vocational-training.description": "Обучение за професия, която бихте искали да упражнявате.",
  "action.job-readiness-course.description":
    "Курс за кандидатстване за работа, Вашите трудови права и работния живот тук.",
  "action.job-search-support.description": "Помощ да намерите работа, която е безопасна, законна и справедлива.",
  "action.formal-employment-contract.description":
    "Работа с писмен договор, законно възнаграждение и социално осигуряване.",
  "action.employer-mediation.description":
    "Подкрепа, ако имате проблеми на работа или искате безопасно да смените работодателя си.",
  "action.financial-allowance.description": "Редовна сума всеки месец за основните Ви нужди.",
  "action.bank-account-opening.description": "Помощ да откриете банкова сметка на свое име.",
  "action.debt-advice.description": "Съвети за дългове, включително дългове, които други твърдят, че им дължите.",
  "action.budgeting-support.description": "Помощ да планирате парите си от месец на месец.",
  "action.peer-group-offer.description": "Покана за група, в която жени с подобен опит се подкрепят взаимно.",
  "action.peer-group-attendance.description": "Срещи с група за подкрепа на жени, толкова често, колкото желаете.",
  "action.interpreter-booking.description": "Професионален преводач за Вашите срещи. Можете да поискате жена преводач.",
  "action.cultural-mediation.description": "Културен медиатор, който помага на Вас и на службите да се разбирате.",
  "action.digital-safety-check.description":
    "Заедно проверяваме телефона и онлайн профилите Ви за проследяване или нежелани контакти.",
  "action.new-phone-and-accounts.description": "Нов телефон, номер и профили, които контролирате само Вие.",
  "action.safety-plan.description":
    "План, изготвен заедно с Вас, какво да направите и на кого да се обадите, ако не се чувствате в безопасност.",
  "action.risk-review.description":
    "Заедно преглеждаме отново възможните опасности и обновяваме плана Ви за безопасност.",
  "action.child-protection-referral.description":
    "Ако сте съгласна: връзка със службата за закрила на детето, за да бъдат децата Ви в безопасност и да получат подкрепа.",
  "action.special-measures-in-court.description":
    "Ако давате показания: защита в съда, например параван, видеовръзка или това да не Ви задават отново същите въпроси.",
  "action.identification-support.description":
    "Помощ да бъдете официално призната за пострадала от трафик, за да получите подкрепата и правата, които произтичат от това.",
  "action.voluntary-return-or-relocation.description":
    "Само ако го искате: помощ да се върнете у дома или да се преместите безопасно другаде, подготвена заедно с Вас.",
  "action.complaints-route.description":
    "Как можете да подадете жалба срещу нашата услуга или срещу институциите, безопасно и без да загубите подкрепата.",
  "action.micro-finance.description":
    "Помощ да получите малък заем или безвъзмездна помощ, за да започнете собствена дейност.",
  "action.benefits-registration.description": "Помощ да се регистрирате за социалните помощи, на които имате право.",
  "action.follow-up-after-closure.description":
    "Ако сте съгласна: свързваме се с Вас след края на подкрепата, за да видим как сте.",
};
