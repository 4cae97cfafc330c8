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

export const el: MessagesOf<typeof en> = {
  "action.single-sex-shelter-place.description":
    "Ένα ασφαλές μέρος για να μείνετε, σε σπίτι μόνο για γυναίκες, με προσωπικό που καταλαβαίνει τι έχετε περάσει.",
  "action.move-on-flat.description":
    "Βοήθεια για να βρείτε και να μετακομίσετε στο δικό σας διαμέρισμα όταν είστε έτοιμη.",
  "action.accommodation-safety-check.description":
    "Ελέγχουμε μαζί ότι το μέρος όπου μένετε είναι ασφαλές και κατάλληλο για εσάς.",
  "action.mother-and-child-place.description": "Ένα ασφαλές μέρος όπου μπορείτε να μείνετε μαζί με τα παιδιά σας.",
  "action.child-needs-assessment.description":
    "Εξετάζουμε μαζί τι χρειάζονται τα παιδιά σας: φροντίδα, υγεία, σχολείο και ασφάλεια.",
  "action.childcare-place.description":
    "Μια θέση σε παιδικό σταθμό ή σε φύλακα παιδιών, ώστε να μπορείτε να πηγαίνετε σε μαθήματα ή στη δουλειά.",
  "action.antenatal-care.description": "Έλεγχοι με μαία ή γιατρό κατά την εγκυμοσύνη σας.",
  "action.children-school-enrolment.description": "Βοήθεια για να εγγράψετε τα παιδιά σας σε σχολείο.",
  "action.legal-needs-assessment.description":
    "Μια πρώτη συζήτηση με νομικό σύμβουλο για την κατάστασή σας και τις επιλογές σας.",
  "action.rights-information.description": "Σαφής ενημέρωση για τα δικαιώματά σας, σε γλώσσα που καταλαβαίνετε.",
  "action.free-legal-representation.description": "Ένας/μία δικηγόρος που σας εκπροσωπεί δωρεάν.",
  "action.reflection-period-decision-support.description":
    "Χρόνος για να ξεκουραστείτε και υποστήριξη για να αποφασίσετε, χωρίς πίεση, τι θέλετε να κάνετε στη συνέχεια. Η υποστήριξή μας δεν εξαρτάται από το αν θα πάτε στην αστυνομία.",
  "action.residence-permit-application.description": "Βοήθεια για να κάνετε αίτηση για άδεια διαμονής σε αυτή τη χώρα.",
  "action.work-permit-application.description": "Βοήθεια για να κάνετε αίτηση για άδεια εργασίας.",
  "action.asylum-application.description": "Βοήθεια για να κάνετε αίτηση ασύλου ή προστασίας ως πρόσφυγας.",
  "action.non-punishment-defence.description":
    "Νομική βοήθεια αν κατηγορείστε για κάτι που αναγκαστήκατε να κάνετε όσο ήσασταν θύμα εκμετάλλευσης.",
  "action.compensation-claim.description": "Βοήθεια για να διεκδικήσετε χρήματα για τη βλάβη που σας προκλήθηκε.",
  "action.witness-protection-request.description":
    "Αν αποφασίσετε να συμμετάσχετε σε δίκη: αίτημα για την προστασία σας και της οικογένειάς σας.",
  "action.identity-documents-replacement.description":
    "Βοήθεια για να αποκτήσετε νέα έγγραφα ταυτότητας όταν άλλοι κράτησαν ή κατέστρεψαν τα δικά σας.",
  "action.family-reunification-application.description":
    "Βοήθεια για να έρθουν κοντά σας μέλη της οικογένειάς σας, όταν είναι ασφαλές.",
  "action.court-accompaniment.description":
    "Ένα πρόσωπο που εμπιστεύεστε σας συνοδεύει στην αστυνομία, στον εισαγγελέα ή στο δικαστήριο.",
  "action.psychological-assessment.description":
    "Μια πρώτη συζήτηση με ψυχολόγο για να δούμε ποια υποστήριξη θα μπορούσε να σας βοηθήσει.",
  "action.trauma-therapy.description":
    "Τακτικές συνεδρίες με θεραπευτή ή θεραπεύτρια που γνωρίζει το τραύμα, στη γλώσσα σας ή με διερμηνέα.",
  "action.crisis-support.description": "Άμεση βοήθεια όταν νιώθετε ότι κινδυνεύετε ή ότι δεν αντέχετε άλλο.",
  "action.health-check.description": "Ένας έλεγχος με γιατρό για τη φροντίδα της υγείας σας.",
  "action.sexual-reproductive-health-screening.description":
    "Εμπιστευτικές εξετάσεις και συμβουλές για τη σεξουαλική υγεία, την αντισύλληψη και την εγκυμοσύνη.",
  "action.primary-care-registration.description":
    "Βοήθεια για να εγγραφείτε σε οικογενειακό γιατρό και να αποκτήσετε ασφάλιση υγείας.",
  "action.tbi-screening.description":
    "Έλεγχος για συνέπειες από χτυπήματα στο κεφάλι, όπως πονοκεφάλους ή δυσκολία στη μνήμη.",
  "action.addiction-support-referral.description":
    "Αν το θέλετε: επαφή με υπηρεσία που βοηθά με το αλκοόλ, τα ναρκωτικά ή τα φάρμακα.",
  "action.language-course.description": "Ένα μάθημα για να μάθετε τη γλώσσα αυτής της χώρας.",
  "action.language-level-test.description": "Μια εξέταση που δείχνει και πιστοποιεί το επίπεδό σας στη γλώσσα.",
  "action.education-enrolment.description": "Βοήθεια για να επιστρέψετε στο σχολείο ή να συνεχίσετε τις σπουδές σας.",
  "action.vocational-training.description": "Κατάρτιση για μια δουλειά που θα θέλατε να κάνετε.",
  "action.job-readiness-course.description":
    "Ένα μάθημα για τις αιτήσεις εργασίας, τα δικαιώματά σας στη δουλειά και την εργασιακή ζωή εδώ.",
  "action.job-search-support.description": "Βοήθεια για να βρείτε μια δουλειά ασφαλή, νόμιμη και δίκαιη.",
  "action.formal-employment-contract.description":
    "Μια δουλειά με γραπτή σύμβαση, νόμιμο μισθό και κοινωνική ασφάλιση.",
  "action.employer-mediation.description":
    "Υποστήριξη αν υπάρχουν προβλήματα στη δουλειά ή αν θέλετε να αλλάξετε εργοδότη με ασφάλεια.",
  "action.financial-allowance.description": "Τακτικά χρήματα κάθε μήνα για τις βασικές σας ανάγκες.",
  "action.bank-account-opening.description": "Βοήθεια για να ανοίξετε τραπεζικό λογαριασμό στο όνομά σας.",
  "action.debt-advice.description": "Συμβουλές για χρέη, και για χρέη που άλλοι λένε ότι τους οφείλετε.",
  "action.budgeting-support.description": "Βοήθεια για να σχεδιάζετε τα χρήματά σας από μήνα σε μήνα.",
  "action.peer-group-offer.description":
    "Πρόσκληση σε μια ομάδα όπου γυναίκες με παρόμοιες εμπειρίες στηρίζουν η μία την άλλη.",
  "action.peer-group-attendance.description": "Συναντήσεις με μια ομάδα υποστήριξης γυναικών, όσο συχνά θέλετε.",
  "action.interpreter-booking.description":
    "Επαγγελματίας διερμηνέας για τα ραντεβού σας. Μπορείτε να ζητήσετε γυναίκα διερμηνέα.",
  "action.cultural-mediation.description":
    "Ένας/μία πολιτισμικός/-ή διαμεσολαβητής/-τρια που βοηθά εσάς και τις υπηρεσίες να καταλαβαίνετε η μία πλευρά την άλλη.",
  "action.digital-safety-check.description":
    "Ελέγχουμε μαζί το τηλέφωνό σας και τους διαδικτυακούς σας λογαριασμούς για παρακολούθηση ή ανεπιθύμητη επαφή.",
  "action.new-phone-and-accounts.description": "Νέο τηλέφωνο, νέος αριθμός και λογαριασμοί που ελέγχετε μόνο εσείς.",
  "action.safety-plan.description":
    "Ένα σχέδιο, φτιαγμένο μαζί σας, για το τι να κάνετε και ποιον να καλέσετε αν δεν νιώθετε ασφαλής.",
  "action.risk-review.description": "Εξετάζουμε ξανά μαζί πιθανούς κινδύνους και ενημερώνουμε το σχέδιο ασφάλειάς σας.",
  "action.child-protection-referral.description":
    "Αν συμφωνείτε, επαφή με την υπηρεσία προστασίας παιδιού ώστε τα παιδιά σας να είναι ασφαλή και να έχουν υποστήριξη.",
  "action.special-measures-in-court.description":
    "Αν καταθέσετε: προστασία στο δικαστήριο, όπως παραβάν, σύνδεση μέσω βίντεο ή να μη σας ρωτούν ξανά τις ίδιες ερωτήσεις.",
  "action.identification-support.description":
    "Βοήθεια για να αναγνωριστείτε επίσημα ως επιζήσασα εμπορίας ανθρώπων, ώστε να έχετε την υποστήριξη και τα δικαιώματα που τη συνοδεύουν.",
  "action.voluntary-return-or-relocation.description":
    "Μόνο αν το θέλετε: βοήθεια για να επιστρέψετε στη χώρα σας ή να μετακομίσετε κάπου αλλού με ασφάλεια, με προετοιμασία μαζί σας.",
  "action.complaints-route.description":
    "Πώς μπορείτε να κάνετε παράπονο για την υπηρεσία μας ή για τις αρχές, με ασφάλεια και χωρίς να χάσετε την υποστήριξη.",
  "action.micro-finance.description":
    "Βοήθεια για να πάρετε ένα μικρό δάνειο ή επιχορήγηση για να ξεκινήσετε τη δική σας δουλειά.",
  "action.benefits-registration.description": "Βοήθεια για να εγγραφείτε στα κοινωνικά επιδόματα που δικαιούστε.",
  "action.follow-up-after-closure.description":
    "Αν συμφωνείτε: επικοινωνούμε μαζί σας μετά το τέλος της υποστήριξης, για να δούμε πώς είστε.",
};

export const es: MessagesOf<typeof en> = {
  "action.single-sex-shelter-place.description":
    "Un lugar seguro donde vivir, en una casa solo para mujeres, con un equipo que entiende lo que usted ha vivido.",
  "action.move-on-flat.description": "Ayuda para encontrar su propio piso y mudarse cuando se sienta preparada.",
  "action.accommodation-safety-check.description":
    "Comprobamos juntas que el lugar donde vive es seguro y adecuado para usted.",
  "action.mother-and-child-place.description": "Un lugar seguro donde puede vivir junto con sus hijas e hijos.",
  "action.child-needs-assessment.description":
    "Vemos juntas lo que necesitan sus hijas e hijos: cuidados, salud, escuela y seguridad.",
  "action.childcare-place.description":
    "Una plaza en una escuela infantil o con una cuidadora, para que pueda ir a cursos o a trabajar.",
  "action.antenatal-care.description": "Revisiones con una matrona o un médico durante su embarazo.",
  "action.children-school-enrolment.description": "Ayuda para matricular a sus hijas e hijos en una escuela.",
  "action.legal-needs-assessment.description":
    "Una primera conversación con una asesora jurídica sobre su situación y sus opciones.",
  "action.rights-information.description": "Información clara sobre sus derechos, en un idioma que usted entienda.",
  "action.free-legal-representation.description": "Una abogada o un abogado que la representa de forma gratuita.",
  "action.reflection-period-decision-support.description":
    "Tiempo para descansar y apoyo para decidir, sin presiones, qué quiere hacer después. Nuestro apoyo no depende de que vaya a la policía.",
  "action.residence-permit-application.description":
    "Ayuda para solicitar una autorización para quedarse en este país.",
  "action.work-permit-application.description": "Ayuda para solicitar una autorización para trabajar.",
  "action.asylum-application.description": "Ayuda para solicitar asilo o protección internacional.",
  "action.non-punishment-defence.description":
    "Ayuda jurídica si la acusan de algo que la obligaron a hacer mientras la explotaban.",
  "action.compensation-claim.description": "Ayuda para reclamar una indemnización por el daño que le hicieron.",
  "action.witness-protection-request.description":
    "Si decide participar en un proceso judicial: una solicitud para protegerla a usted y a su familia.",
  "action.identity-documents-replacement.description":
    "Ayuda para conseguir documentos de identidad nuevos cuando otras personas se quedaron con los suyos o los destruyeron.",
  "action.family-reunification-application.description":
    "Ayuda para traer a sus familiares con usted, cuando sea seguro.",
  "action.court-accompaniment.description":
    "Una persona de su confianza la acompaña a la policía, a la fiscalía o al juzgado.",
  "action.psychological-assessment.description":
    "Una primera conversación con una psicóloga para saber qué apoyo podría ayudarla.",
  "action.trauma-therapy.description":
    "Sesiones periódicas con una terapeuta que conoce el trauma, en su idioma o con intérprete.",
  "action.crisis-support.description": "Ayuda inmediata cuando se sienta en peligro o desbordada.",
  "action.health-check.description": "Una revisión médica para cuidar su salud.",
  "action.sexual-reproductive-health-screening.description":
    "Pruebas y asesoramiento confidenciales sobre salud sexual, anticoncepción y embarazo.",
  "action.primary-care-registration.description":
    "Ayuda para darse de alta con una médica o un médico de familia y obtener cobertura sanitaria.",
  "action.tbi-screening.description":
    "Una revisión de las secuelas de golpes en la cabeza, como dolores de cabeza o problemas de memoria.",
  "action.addiction-support-referral.description":
    "Si lo desea: contacto con un servicio que ayuda con el alcohol, las drogas o los medicamentos.",
  "action.language-course.description": "Un curso para aprender el idioma de este país.",
  "action.language-level-test.description": "Una prueba que muestra y certifica su nivel de idioma.",
  "action.education-enrolment.description": "Ayuda para volver a estudiar o continuar sus estudios.",
  "action.vocational-training.description": "Formación para un trabajo que le gustaría hacer.",
  "action.job-readiness-course.description":
    "Un curso sobre cómo buscar empleo, sus derechos laborales y la vida laboral aquí.",
  "action.job-search-support.description": "Ayuda para encontrar un trabajo seguro, legal y justo.",
  "action.formal-employment-contract.description":
    "Un trabajo con contrato por escrito, un salario legal y seguridad social.",
  "action.employer-mediation.description":
    "Apoyo si hay problemas en el trabajo, o si quiere cambiar de empresa de forma segura.",
  "action.financial-allowance.description": "Dinero periódico cada mes para sus necesidades básicas.",
  "action.bank-account-opening.description": "Ayuda para abrir una cuenta bancaria a su nombre.",
  "action.debt-advice.description":
    "Asesoramiento sobre deudas, también las deudas que otras personas dicen que usted les debe.",
  "action.budgeting-support.description": "Ayuda para organizar su dinero de un mes a otro.",
  "action.peer-group-offer.description":
    "Una invitación a un grupo donde mujeres con experiencias parecidas se apoyan mutuamente.",
  "action.peer-group-attendance.description": "Encuentros con un grupo de apoyo de mujeres, tan a menudo como desee.",
  "action.interpreter-booking.description":
    "Un servicio de interpretación profesional para sus citas. Puede pedir que la intérprete sea una mujer.",
  "action.cultural-mediation.description":
    "Una mediadora intercultural que les ayuda a usted y a los servicios a entenderse.",
  "action.digital-safety-check.description":
    "Revisamos juntas su teléfono y sus cuentas en línea por si hay rastreo o contactos no deseados.",
  "action.new-phone-and-accounts.description": "Un teléfono, un número y unas cuentas nuevos que solo usted controla.",
  "action.safety-plan.description": "Un plan, hecho con usted, de qué hacer y a quién llamar si no se siente segura.",
  "action.risk-review.description": "Volvemos a ver juntas los posibles peligros y actualizamos su plan de seguridad.",
  "action.child-protection-referral.description":
    "Si está de acuerdo, contacto con el servicio de protección de menores para que sus hijas e hijos estén seguros y reciban apoyo.",
  "action.special-measures-in-court.description":
    "Si declara: protección en el juicio, como una mampara, una videoconferencia o no tener que responder otra vez a las mismas preguntas.",
  "action.identification-support.description":
    "Ayuda para que la reconozcan oficialmente como superviviente de trata, para que pueda acceder al apoyo y a los derechos que eso conlleva.",
  "action.voluntary-return-or-relocation.description":
    "Solo si usted lo quiere: ayuda para volver a su país o trasladarse a otro lugar de forma segura, preparada con usted.",
  "action.complaints-route.description":
    "Cómo puede quejarse de nuestro servicio o de las autoridades, de forma segura y sin perder el apoyo.",
  "action.micro-finance.description":
    "Ayuda para conseguir un pequeño préstamo o una subvención para empezar su propio trabajo.",
  "action.benefits-registration.description": "Ayuda para solicitar las prestaciones sociales a las que tiene derecho.",
  "action.follow-up-after-closure.description":
    "Si está de acuerdo: nos ponemos en contacto cuando termine el acompañamiento, para saber cómo está.",
};

export const fr: MessagesOf<typeof en> = {
  "action.single-sex-shelter-place.description":
    "Un lieu sûr où vivre, dans une maison réservée aux femmes, avec une équipe qui comprend ce que vous avez vécu.",
  "action.move-on-flat.description":
    "Une aide pour trouver votre propre logement et y emménager quand vous serez prête.",
  "action.accommodation-safety-check.description":
    "Nous vérifions ensemble que l'endroit où vous vivez est sûr et vous convient.",
  "action.mother-and-child-place.description": "Un lieu sûr où vous pouvez vivre avec vos enfants.",
  "action.child-needs-assessment.description":
    "Nous regardons ensemble ce dont vos enfants ont besoin : soins, santé, école et sécurité.",
  "action.childcare-place.description":
    "Une place en crèche ou chez une assistante maternelle, pour que vous puissiez suivre des cours ou travailler.",
  "action.antenatal-care.description": "Des consultations avec une sage-femme ou un médecin pendant votre grossesse.",
  "action.children-school-enrolment.description": "Une aide pour inscrire vos enfants à l'école.",
  "action.legal-needs-assessment.description":
    "Un premier entretien avec un·e conseiller·ère juridique sur votre situation et vos possibilités.",
  "action.rights-information.description":
    "Des informations claires sur vos droits, dans une langue que vous comprenez.",
  "action.free-legal-representation.description": "Un·e avocat·e qui vous représente gratuitement.",
  "action.reflection-period-decision-support.description":
    "Du temps pour vous reposer et un soutien pour décider, sans pression, de ce que vous voulez faire ensuite. Notre aide ne dépend pas d'une plainte à la police.",
  "action.residence-permit-application.description": "Une aide pour demander un titre de séjour dans ce pays.",
  "action.work-permit-application.description": "Une aide pour demander une autorisation de travail.",
  "action.asylum-application.description": "Une aide pour demander l'asile ou une protection internationale.",
  "action.non-punishment-defence.description":
    "Une aide juridique si vous êtes accusée de quelque chose que l'on vous a forcée à faire pendant votre exploitation.",
  "action.compensation-claim.description": "Une aide pour demander réparation du préjudice que vous avez subi.",
  "action.witness-protection-request.description":
    "Si vous décidez de participer à un procès : une demande de protection pour vous et votre famille.",
  "action.identity-documents-replacement.description":
    "Une aide pour obtenir de nouveaux papiers d'identité quand d'autres ont gardé ou détruit les vôtres.",
  "action.family-reunification-application.description":
    "Une aide pour faire venir des membres de votre famille, quand c'est sans danger.",
  "action.court-accompaniment.description":
    "Une personne de confiance vous accompagne à la police, au parquet ou au tribunal.",
  "action.psychological-assessment.description":
    "Un premier entretien avec un·e psychologue pour voir quel soutien pourrait vous aider.",
  "action.trauma-therapy.description":
    "Des séances régulières avec un·e thérapeute formé·e au psychotraumatisme, dans votre langue ou avec un·e interprète.",
  "action.crisis-support.description": "Une aide immédiate quand vous vous sentez en danger ou dépassée.",
  "action.health-check.description": "Une consultation médicale pour prendre soin de votre santé.",
  "action.sexual-reproductive-health-screening.description":
    "Des tests et des conseils confidentiels sur la santé sexuelle, la contraception et la grossesse.",
  "action.primary-care-registration.description":
    "Une aide pour déclarer un médecin traitant et obtenir une couverture santé.",
  "action.tbi-screening.description":
    "Un examen des séquelles de coups à la tête, comme des maux de tête ou des troubles de la mémoire.",
  "action.addiction-support-referral.description":
    "Si vous le souhaitez : un contact avec un service qui aide pour l'alcool, les drogues ou les médicaments.",
  "action.language-course.description": "Un cours pour apprendre la langue de ce pays.",
  "action.language-level-test.description": "Un test qui montre et certifie votre niveau de langue.",
  "action.education-enrolment.description": "Une aide pour reprendre l'école ou poursuivre vos études.",
  "action.vocational-training.description": "Une formation pour un métier que vous aimeriez exercer.",
  "action.job-readiness-course.description":
    "Un atelier sur la recherche d'emploi, vos droits au travail et la vie professionnelle ici.",
  "action.job-search-support.description": "Une aide pour trouver un emploi sûr, légal et équitable.",
  "action.formal-employment-contract.description":
    "Un emploi avec un contrat écrit, un salaire légal et une protection sociale.",
  "action.employer-mediation.description":
    "Un soutien en cas de problèmes au travail, ou si vous voulez changer d'employeur en sécurité.",
  "action.financial-allowance.description": "Une somme régulière chaque mois pour vos besoins essentiels.",
  "action.bank-account-opening.description": "Une aide pour ouvrir un compte bancaire à votre nom.",
  "action.debt-advice.description":
    "Des conseils sur les dettes, y compris celles que d'autres prétendent que vous leur devez.",
  "action.budgeting-support.description": "Une aide pour organiser votre argent d'un mois à l'autre.",
  "action.peer-group-offer.description":
    "Une invitation à un groupe où des femmes ayant vécu des expériences semblables se soutiennent.",
  "action.peer-group-attendance.description":
    "Des rencontres avec un groupe de soutien de femmes, aussi souvent que vous le souhaitez.",
  "action.interpreter-booking.description":
    "Un·e interprète professionnel·le pour vos rendez-vous. Vous pouvez demander une interprète femme.",
  "action.cultural-mediation.description":
    "Un·e médiateur·rice culturel·le qui vous aide, vous et les services, à vous comprendre.",
  "action.digital-safety-check.description":
    "Nous vérifions ensemble votre téléphone et vos comptes en ligne pour repérer un suivi ou des contacts non désirés.",
  "action.new-phone-and-accounts.description":
    "Un nouveau téléphone, un nouveau numéro et des comptes que vous seule contrôlez.",
  "action.safety-plan.description":
    "Un plan, fait avec vous, de ce qu'il faut faire et de qui appeler si vous ne vous sentez pas en sécurité.",
  "action.risk-review.description":
    "Nous réexaminons ensemble les dangers possibles et mettons à jour votre plan de sécurité.",
  "action.child-protection-referral.description":
    "Si vous êtes d'accord, un contact avec le service de protection de l'enfance pour que vos enfants soient en sécurité et soutenus.",
  "action.special-measures-in-court.description":
    "Si vous témoignez : une protection au tribunal, comme un paravent, une visioconférence ou le fait de ne pas devoir répondre plusieurs fois aux mêmes questions.",
  "action.identification-support.description":
    "Une aide pour être reconnue officiellement comme survivante de la traite, afin d'obtenir le soutien et les droits qui y sont liés.",
  "action.voluntary-return-or-relocation.description":
    "Seulement si vous le souhaitez : une aide pour rentrer chez vous ou vous installer ailleurs en sécurité, préparée avec vous.",
  "action.complaints-route.description":
    "Comment faire une réclamation sur notre service ou sur les autorités, en sécurité et sans perdre votre accompagnement.",
  "action.micro-finance.description":
    "Une aide pour obtenir un petit prêt ou une subvention afin de lancer votre propre activité.",
  "action.benefits-registration.description":
    "Une aide pour demander les prestations sociales auxquelles vous avez droit.",
  "action.follow-up-after-closure.description":
    "Si vous êtes d'accord : nous reprenons contact après la fin de votre accompagnement, pour savoir comment vous allez.",
};

export const ro: MessagesOf<typeof en> = {
  "action.single-sex-shelter-place.description":
    "Un loc sigur de locuit, într-o casă doar pentru femei, cu personal care înțelege prin ce ați trecut.",
  "action.move-on-flat.description":
    "Ajutor pentru a găsi o locuință proprie și a vă muta acolo când sunteți pregătită.",
  "action.accommodation-safety-check.description":
    "Verificăm împreună că locul în care locuiți este sigur și potrivit pentru dumneavoastră.",
  "action.mother-and-child-place.description": "Un loc sigur unde puteți locui împreună cu copiii dumneavoastră.",
  "action.child-needs-assessment.description":
    "Vedem împreună de ce au nevoie copiii dumneavoastră: îngrijire, sănătate, școală și siguranță.",
  "action.childcare-place.description": "Un loc la creșă sau la o bonă, ca să puteți merge la cursuri sau la muncă.",
  "action.antenatal-care.description": "Controale la moașă sau la medic în timpul sarcinii.",
  "action.children-school-enrolment.description": "Ajutor pentru a vă înscrie copiii la o școală.",
  "action.legal-needs-assessment.description":
    "O primă discuție cu un consilier juridic despre situația și opțiunile dumneavoastră.",
  "action.rights-information.description":
    "Informații clare despre drepturile dumneavoastră, într-o limbă pe care o înțelegeți.",
  "action.free-legal-representation.description": "Un avocat care vă reprezintă gratuit.",
  "action.reflection-period-decision-support.description":
    "Timp pentru odihnă și sprijin pentru a decide, fără presiune, ce vreți să faceți mai departe. Sprijinul nostru nu depinde de faptul că mergeți la poliție.",
  "action.residence-permit-application.description": "Ajutor pentru a cere un permis de ședere în această țară.",
  "action.work-permit-application.description": "Ajutor pentru a cere un permis de muncă.",
  "action.asylum-application.description": "Ajutor pentru a cere azil sau protecție ca refugiată.",
  "action.non-punishment-defence.description":
    "Ajutor juridic dacă sunteți acuzată de ceva ce ați fost forțată să faceți în timp ce erați exploatată.",
  "action.compensation-claim.description": "Ajutor pentru a cere bani pentru răul care vi s-a făcut.",
  "action.witness-protection-request.description":
    "Dacă decideți să participați la un proces: o cerere de protecție pentru dumneavoastră și familia dumneavoastră.",
  "action.identity-documents-replacement.description":
    "Ajutor pentru a obține acte de identitate noi, atunci când alții v-au reținut sau distrus actele.",
  "action.family-reunification-application.description":
    "Ajutor pentru ca membrii familiei să vi se alăture, atunci când este sigur.",
  "action.court-accompaniment.description":
    "O persoană în care aveți încredere merge cu dumneavoastră la poliție, la procuror sau la instanță.",
  "action.psychological-assessment.description":
    "O primă discuție cu un psiholog pentru a afla ce sprijin v-ar putea ajuta.",
  "action.trauma-therapy.description":
    "Ședințe regulate cu un terapeut specializat în traumă, în limba dumneavoastră sau cu un interpret.",
  "action.crisis-support.description": "Ajutor imediat când vă simțiți în pericol sau copleșită.",
  "action.health-check.description": "Un control la medic pentru a avea grijă de sănătatea dumneavoastră.",
  "action.sexual-reproductive-health-screening.description":
    "Teste și consiliere confidențiale despre sănătatea sexuală, contracepție și sarcină.",
  "action.primary-care-registration.description":
    "Ajutor pentru a vă înscrie la un medic de familie și a obține asigurare de sănătate.",
  "action.tbi-screening.description":
    "Un control pentru urmările loviturilor la cap, cum ar fi durerile de cap sau problemele de memorie.",
  "action.addiction-support-referral.description":
    "Dacă doriți: legătura cu un serviciu care ajută în privința alcoolului, drogurilor sau medicamentelor.",
  "action.language-course.description": "Un curs pentru a învăța limba acestei țări.",
  "action.language-level-test.description": "Un test care arată și certifică nivelul dumneavoastră de limbă.",
  "action.education-enrolment.description": "Ajutor pentru a vă întoarce la școală sau a vă continua studiile.",
  "action.vocational-training.description": "Formare pentru o meserie pe care ați dori să o practicați.",
  "action.job-readiness-course.description":
    "Un curs despre cum să aplicați pentru locuri de muncă, despre drepturile dumneavoastră la muncă și despre viața profesională de aici.",
  "action.job-search-support.description": "Ajutor pentru a găsi un loc de muncă sigur, legal și corect.",
  "action.formal-employment-contract.description":
    "Un loc de muncă cu contract scris, salariu legal și asigurări sociale.",
  "action.employer-mediation.description":
    "Sprijin dacă apar probleme la locul de muncă sau dacă vreți să schimbați angajatorul în siguranță.",
  "action.financial-allowance.description": "Bani în mod regulat, în fiecare lună, pentru nevoile de bază.",
  "action.bank-account-opening.description": "Ajutor pentru a deschide un cont bancar pe numele dumneavoastră.",
  "action.debt-advice.description":
    "Consiliere privind datoriile, inclusiv datoriile pe care alții spun că le aveți față de ei.",
  "action.budgeting-support.description": "Ajutor pentru a vă planifica banii de la o lună la alta.",
  "action.peer-group-offer.description":
    "O invitație într-un grup în care femei cu experiențe asemănătoare se sprijină reciproc.",
  "action.peer-group-attendance.description": "Întâlniri cu un grup de sprijin pentru femei, cât de des doriți.",
  "action.interpreter-booking.description":
    "Un interpret profesionist pentru programările dumneavoastră. Puteți cere o interpretă.",
  "action.cultural-mediation.description":
    "Un mediator cultural care vă ajută pe dumneavoastră și serviciile să vă înțelegeți reciproc.",
  "action.digital-safety-check.description":
    "Verificăm împreună telefonul și conturile dumneavoastră online pentru urmărire sau contacte nedorite.",
  "action.new-phone-and-accounts.description":
    "Un telefon, un număr și conturi noi pe care doar dumneavoastră le controlați.",
  "action.safety-plan.description":
    "Un plan făcut împreună cu dumneavoastră: ce să faceți și pe cine să sunați dacă nu vă simțiți în siguranță.",
  "action.risk-review.description":
    "Ne uităm din nou împreună la posibilele pericole și actualizăm planul dumneavoastră de siguranță.",
  "action.child-protection-referral.description":
    "Dacă sunteți de acord, legătura cu serviciul de protecție a copilului, pentru ca copiii dumneavoastră să fie în siguranță și sprijiniți.",
  "action.special-measures-in-court.description":
    "Dacă depuneți mărturie: protecție în instanță, de exemplu un paravan, o legătură video sau să nu vi se pună din nou aceleași întrebări.",
  "action.identification-support.description":
    "Ajutor pentru a fi recunoscută oficial ca supraviețuitoare a traficului de persoane, ca să primiți sprijinul și drepturile care decurg de aici.",
  "action.voluntary-return-or-relocation.description":
    "Doar dacă doriți: ajutor pentru a vă întoarce acasă sau a vă muta în altă parte în siguranță, pregătit împreună cu dumneavoastră.",
  "action.complaints-route.description":
    "Cum puteți face o reclamație despre serviciul nostru sau despre autorități, în siguranță și fără să pierdeți sprijinul.",
  "action.micro-finance.description":
    "Ajutor pentru a obține un mic împrumut sau o finanțare nerambursabilă pentru a vă începe propria activitate.",
  "action.benefits-registration.description":
    "Ajutor pentru a vă înregistra pentru prestațiile sociale la care aveți dreptul.",
  "action.follow-up-after-closure.description":
    "Dacă sunteți de acord: vă contactăm după încheierea sprijinului, ca să vedem cum vă merge.",
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
