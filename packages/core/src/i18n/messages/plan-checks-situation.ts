import type { MessagesOf } from "../message-types.ts";

/**
 * Plan-check messages for her legal situation, children and risk answers (issue 21): the permit
 * checks, the record of her children, and the actions her risk answers lead to.
 */
export const en = {
  "check.third-country-permit-action.reflection":
    "She is in her reflection period: no permit is pushed now. Tell her about every route, including those that do not depend on cooperating, when she wants to know.",
  "check.permit-tied-to-cooperation.description":
    "Her residence permit depends on cooperating with the authorities (or its basis is not known).",
  "check.permit-tied-to-cooperation.met": "Her residence permit does not depend on cooperating with the authorities.",
  "check.permit-tied-to-cooperation.unknown": "Record what her residence permit is based on.",
  "check.permit-tied-to-cooperation.warning":
    "Her permit depends on cooperating with the authorities, so her stay may end with the proceedings. Ask a lawyer about a route that does not.",
  "check.permit-expiry.description":
    "Her residence permit expires within the configured window (default 60 days) or has expired, and no renewal is planned.",
  "check.permit-expiry.noDate": "Record when her residence permit expires.",
  "check.permit-expiry.met": "Her residence permit is valid until {{endDate}}.",
  "check.permit-expiry.renewal": "Her permit expires on {{endDate}}; a renewal is in the plan.",
  "check.permit-expiry.soon":
    "Her residence permit expires on {{endDate}}, in {{days}} days. Plan the renewal with her.",
  "check.permit-expiry.expired":
    "Her residence permit expired on {{endDate}}, {{days}} days ago. Plan a new application.",
  "check.work-permit-for-employment-goal.description":
    "She has a goal about work but no right to work (or it is not known), and no work-permit application is planned.",
  "check.work-permit-for-employment-goal.met": "A work-permit application is in the plan.",
  "check.work-permit-for-employment-goal.unknown": "She has a goal about work: find out whether she may work legally.",
  "check.work-permit-for-employment-goal.gap":
    "She wants to work but may not work legally yet. Plan a work-permit application with her.",
  "check.digital-safety-for-high-risk.ask":
    "It is not known whether someone controls her through her phone or accounts. Ask her when the time is right.",
  "check.children-recorded.description": "She has children and their ages and where each one lives are not recorded.",
  "check.children-recorded.warning":
    "Record the age of each of her {{count}} children and where each one lives, so the childcare checks can follow it.",
  "check.children-recorded.met": "Her children's ages and homes are recorded ({{abroad}} living abroad).",
  "check.risk-answers-to-actions.description":
    "Her risk assessment names a danger (debt bondage, documents withheld, charges linked to her exploitation, threats to her family, possible head injury, dependence) and the plan has no step for it.",
  "check.risk-answers-to-actions.met": "The plan has a step for a danger named in her risk assessment.",
  "check.risk-answers-to-actions.debt-bondage":
    "Her risk assessment mentions debt bondage. Offer debt advice; the debt is the exploiters' tool, not hers to pay.",
  "check.risk-answers-to-actions.documents-withheld":
    "Her documents were withheld. Help her replace her identity documents.",
  "check.risk-answers-to-actions.prosecution-exposure":
    "She faces charges linked to her exploitation. Plan a non-punishment defence and free legal representation.",
  "check.risk-answers-to-actions.threats-to-family.legal":
    "Her family has been threatened. Talk with her about witness protection.",
  "check.risk-answers-to-actions.threats-to-family.safety":
    "Her family has been threatened. Make or update her safety plan with her.",
  "check.risk-answers-to-actions.possible-brain-injury":
    "She may have a head injury. Offer a screening; it can explain memory or concentration problems.",
  "check.risk-answers-to-actions.substance-dependence":
    "If she wishes, offer addiction support. It is her choice and never a condition.",
  "plan.error.childrenListCount": "Record one entry (age and where the child lives) for each child.",
  "indicators.notRecorded": "Not recorded",
  "disclosures.error.tooMany": "This record already holds the most disclosures it can keep.",
  "check.charges-without-non-punishment-defence.description":
    "Charges against her are pending or she was convicted, and no non-punishment defence or free legal representation is in the plan.",
  "check.charges-without-non-punishment-defence.pending":
    "She faces charges. If they concern what she was forced to do while exploited, the non-punishment principle protects her: plan a non-punishment defence and free legal representation.",
  "check.charges-without-non-punishment-defence.convicted":
    "She was convicted. If it concerns what she was forced to do while exploited, ask a lawyer about the non-punishment principle (appeal, clearing her record) and plan free legal representation.",
  "check.charges-without-non-punishment-defence.met":
    "A non-punishment defence or free legal representation is in the plan for the charges against her.",
  "check.compensation-claim.description":
    "Proceedings against the traffickers are under way or ended in a conviction and no compensation claim is filed or planned; or compensation was awarded but not paid.",
  "check.compensation-claim.ongoing":
    "Proceedings against the traffickers are under way. Tell her about her right to claim compensation, if she wishes, in the proceedings or from the state fund.",
  "check.compensation-claim.conviction":
    "The traffickers were convicted. Tell her about her right to claim compensation, if she wishes, from them or from the state fund.",
  "check.compensation-claim.planned": "A compensation claim is in the plan.",
  "check.compensation-claim.filed": "Her compensation claim is filed.",
  "check.compensation-claim.awarded":
    "Compensation was awarded but has not been paid to her yet. Follow up the payment, or ask about the state fund.",
  "check.compensation-claim.paid": "The compensation awarded to her has been paid.",
  "check.case-closed-with-matters-open.description":
    "Her case is closed while legal steps are still planned, running or blocked; a follow-up contact after closure is suggested while none is in the plan.",
  "check.case-closed-with-matters-open.legal":
    "Her case is closed but {{count}} legal step(s) are still open. Make sure someone carries them on, or reopen the case.",
  "check.case-closed-with-matters-open.noFollowUp":
    "Her case is closed. If she agrees, plan a follow-up contact to see how she is.",
  "check.case-closed-with-matters-open.followUp": "A follow-up contact after closure was offered to her.",
  "check.court-steps-without-psychological-support.description":
    "Court or witness steps are planned or running and no psychological or crisis support has been offered.",
  "check.court-steps-without-psychological-support.warning":
    "She is going to court or to the police as a witness, and no psychological or crisis support has been offered. Offer it before and after.",
  "check.court-steps-without-psychological-support.met":
    "Psychological or crisis support was offered alongside her court steps.",
  "check.women-only-services.description":
    "A therapy, shelter or peer-group step is referred to a provider the directory records as not women-only.",
  "check.women-only-services.warning":
    "This therapy, shelter or peer-group step is with a provider that is not women-only. Check with her that it is what she wants, or refer her to a women-only service.",
  "check.women-only-services.met": "This step is with a women-only service.",
};

export const de: MessagesOf<typeof en> = {
  "check.third-country-permit-action.reflection":
    "Sie ist in ihrer Bedenkzeit: Jetzt wird kein Aufenthaltstitel vorangetrieben. Informieren Sie sie über alle Wege, auch jene ohne Kooperation, wenn sie es wissen möchte.",
  "check.permit-tied-to-cooperation.description":
    "Ihre Aufenthaltserlaubnis hängt von der Kooperation mit den Behörden ab (oder ihre Grundlage ist unbekannt).",
  "check.permit-tied-to-cooperation.met":
    "Ihre Aufenthaltserlaubnis hängt nicht von einer Kooperation mit den Behörden ab.",
  "check.permit-tied-to-cooperation.unknown": "Tragen Sie ein, worauf ihre Aufenthaltserlaubnis beruht.",
  "check.permit-tied-to-cooperation.warning":
    "Ihre Erlaubnis hängt von der Kooperation mit den Behörden ab; ihr Aufenthalt kann mit dem Verfahren enden. Fragen Sie eine Anwältin nach einem anderen Weg.",
  "check.permit-expiry.description":
    "Ihre Aufenthaltserlaubnis läuft im eingestellten Zeitraum (Standard 60 Tage) ab oder ist abgelaufen, und keine Verlängerung ist geplant.",
  "check.permit-expiry.noDate": "Tragen Sie ein, wann ihre Aufenthaltserlaubnis abläuft.",
  "check.permit-expiry.met": "Ihre Aufenthaltserlaubnis gilt bis {{endDate}}.",
  "check.permit-expiry.renewal": "Ihre Erlaubnis läuft am {{endDate}} ab; eine Verlängerung ist im Plan.",
  "check.permit-expiry.soon":
    "Ihre Aufenthaltserlaubnis läuft am {{endDate}} ab, in {{days}} Tagen. Planen Sie die Verlängerung mit ihr.",
  "check.permit-expiry.expired":
    "Ihre Aufenthaltserlaubnis ist am {{endDate}} abgelaufen, vor {{days}} Tagen. Planen Sie einen neuen Antrag.",
  "check.work-permit-for-employment-goal.description":
    "Sie hat ein Ziel zur Arbeit, aber keine Arbeitserlaubnis (oder es ist unbekannt), und kein Antrag auf Arbeitserlaubnis ist geplant.",
  "check.work-permit-for-employment-goal.met": "Ein Antrag auf Arbeitserlaubnis ist im Plan.",
  "check.work-permit-for-employment-goal.unknown":
    "Sie hat ein Ziel zur Arbeit: Klären Sie, ob sie legal arbeiten darf.",
  "check.work-permit-for-employment-goal.gap":
    "Sie möchte arbeiten, darf es aber noch nicht legal. Planen Sie mit ihr einen Antrag auf Arbeitserlaubnis.",
  "check.digital-safety-for-high-risk.ask":
    "Es ist unbekannt, ob jemand sie über Telefon oder Konten kontrolliert. Fragen Sie sie, wenn es passt.",
  "check.children-recorded.description": "Sie hat Kinder, und deren Alter und Wohnort sind nicht eingetragen.",
  "check.children-recorded.warning":
    "Tragen Sie das Alter jedes ihrer {{count}} Kinder ein und wo es lebt, damit die Prüfungen zur Kinderbetreuung stimmen.",
  "check.children-recorded.met": "Alter und Wohnort ihrer Kinder sind eingetragen ({{abroad}} leben im Ausland).",
  "check.risk-answers-to-actions.description":
    "Ihre Risikoeinschätzung nennt eine Gefahr (Schuldknechtschaft, einbehaltene Dokumente, Anklagen im Zusammenhang mit ihrer Ausbeutung, Drohungen gegen ihre Familie, mögliche Kopfverletzung, Abhängigkeit) und der Plan enthält keinen Schritt dazu.",
  "check.risk-answers-to-actions.met": "Der Plan enthält einen Schritt zu einer Gefahr aus ihrer Risikoeinschätzung.",
  "check.risk-answers-to-actions.debt-bondage":
    "Ihre Risikoeinschätzung nennt Schuldknechtschaft. Bieten Sie Schuldnerberatung an; die Schuld ist ein Werkzeug der Täter, nicht ihre.",
  "check.risk-answers-to-actions.documents-withheld":
    "Ihre Dokumente wurden einbehalten. Helfen Sie ihr, ihre Ausweisdokumente zu ersetzen.",
  "check.risk-answers-to-actions.prosecution-exposure":
    "Ihr drohen Anklagen im Zusammenhang mit ihrer Ausbeutung. Planen Sie eine Verteidigung nach dem Grundsatz der Straffreiheit und kostenlose rechtliche Vertretung.",
  "check.risk-answers-to-actions.threats-to-family.legal":
    "Ihre Familie wurde bedroht. Sprechen Sie mit ihr über Zeugenschutz.",
  "check.risk-answers-to-actions.threats-to-family.safety":
    "Ihre Familie wurde bedroht. Erstellen oder aktualisieren Sie mit ihr den Sicherheitsplan.",
  "check.risk-answers-to-actions.possible-brain-injury":
    "Sie hat möglicherweise eine Kopfverletzung. Bieten Sie eine Untersuchung an; sie kann Gedächtnis- oder Konzentrationsprobleme erklären.",
  "check.risk-answers-to-actions.substance-dependence":
    "Wenn sie möchte, bieten Sie Suchtberatung an. Es ist ihre Entscheidung und nie eine Bedingung.",
  "plan.error.childrenListCount": "Tragen Sie für jedes Kind einen Eintrag ein (Alter und Wohnort).",
  "indicators.notRecorded": "Nicht erfasst",
  "disclosures.error.tooMany": "Für sie sind bereits so viele Weitergaben eingetragen, wie gespeichert werden können.",
  "check.charges-without-non-punishment-defence.description":
    "Gegen sie laufen Strafverfahren oder sie wurde verurteilt, und weder eine Verteidigung nach dem Grundsatz der Straffreiheit noch eine kostenlose rechtliche Vertretung ist im Plan.",
  "check.charges-without-non-punishment-defence.pending":
    "Gegen sie läuft ein Strafverfahren. Betrifft es, was sie während der Ausbeutung tun musste, schützt sie der Grundsatz der Straffreiheit: Planen Sie eine entsprechende Verteidigung und eine kostenlose rechtliche Vertretung.",
  "check.charges-without-non-punishment-defence.convicted":
    "Sie wurde verurteilt. Betrifft es, was sie während der Ausbeutung tun musste, klären Sie mit einer Anwältin den Grundsatz der Straffreiheit (Rechtsmittel, Löschung des Eintrags) und planen Sie eine kostenlose rechtliche Vertretung.",
  "check.charges-without-non-punishment-defence.met":
    "Eine Verteidigung nach dem Grundsatz der Straffreiheit oder eine kostenlose rechtliche Vertretung ist im Plan.",
  "check.compensation-claim.description":
    "Ein Verfahren gegen die Täter läuft oder endete mit einer Verurteilung, und kein Entschädigungsantrag ist gestellt oder geplant; oder eine zugesprochene Entschädigung wurde nicht ausgezahlt.",
  "check.compensation-claim.ongoing":
    "Ein Verfahren gegen die Täter läuft. Informieren Sie sie über ihr Recht auf Entschädigung, wenn sie es wünscht, im Verfahren oder aus dem staatlichen Fonds.",
  "check.compensation-claim.conviction":
    "Die Täter wurden verurteilt. Informieren Sie sie über ihr Recht auf Entschädigung, wenn sie es wünscht, von den Tätern oder aus dem staatlichen Fonds.",
  "check.compensation-claim.planned": "Ein Entschädigungsantrag ist im Plan.",
  "check.compensation-claim.filed": "Ihr Entschädigungsantrag ist gestellt.",
  "check.compensation-claim.awarded":
    "Eine Entschädigung wurde zugesprochen, aber noch nicht an sie ausgezahlt. Verfolgen Sie die Zahlung oder fragen Sie nach dem staatlichen Fonds.",
  "check.compensation-claim.paid": "Die zugesprochene Entschädigung wurde an sie ausgezahlt.",
  "check.case-closed-with-matters-open.description":
    "Ihr Fall ist abgeschlossen, während rechtliche Schritte noch geplant, laufend oder blockiert sind; ein Nachkontakt wird vorgeschlagen, solange keiner im Plan ist.",
  "check.case-closed-with-matters-open.legal":
    "Ihr Fall ist abgeschlossen, aber {{count}} rechtliche(r) Schritt(e) sind noch offen. Sorgen Sie dafür, dass jemand sie weiterführt, oder öffnen Sie den Fall wieder.",
  "check.case-closed-with-matters-open.noFollowUp":
    "Ihr Fall ist abgeschlossen. Wenn sie einverstanden ist, planen Sie einen Nachkontakt, um zu hören, wie es ihr geht.",
  "check.case-closed-with-matters-open.followUp": "Ein Nachkontakt nach dem Fallabschluss wurde ihr angeboten.",
  "check.court-steps-without-psychological-support.description":
    "Schritte vor Gericht oder als Zeugin sind geplant oder laufen, und keine psychologische oder Krisenunterstützung wurde angeboten.",
  "check.court-steps-without-psychological-support.warning":
    "Sie geht als Zeugin zu Gericht oder zur Polizei, und keine psychologische oder Krisenunterstützung wurde angeboten. Bieten Sie sie vorher und nachher an.",
  "check.court-steps-without-psychological-support.met":
    "Zu ihren Schritten vor Gericht wurde psychologische oder Krisenunterstützung angeboten.",
  "check.women-only-services.description":
    "Ein Schritt in Therapie, Unterkunft oder Gruppe ist an einen Anbieter vermittelt, der laut Verzeichnis nicht nur für Frauen ist.",
  "check.women-only-services.warning":
    "Dieser Schritt (Therapie, Unterkunft oder Gruppe) ist bei einem Anbieter, der nicht nur für Frauen ist. Klären Sie mit ihr, ob sie das möchte, oder vermitteln Sie an ein Angebot nur für Frauen.",
  "check.women-only-services.met": "Dieser Schritt ist bei einem Angebot nur für Frauen.",
};

export const it: MessagesOf<typeof en> = {
  "check.third-country-permit-action.reflection":
    "È nel periodo di riflessione: ora non si spinge alcun permesso. Informala su tutte le strade, anche quelle che non dipendono dalla collaborazione, quando vuole saperlo.",
  "check.permit-tied-to-cooperation.description":
    "Il suo permesso di soggiorno dipende dalla collaborazione con le autorità (o la sua base non è nota).",
  "check.permit-tied-to-cooperation.met":
    "Il suo permesso di soggiorno non dipende dalla collaborazione con le autorità.",
  "check.permit-tied-to-cooperation.unknown": "Registra su che cosa si basa il suo permesso di soggiorno.",
  "check.permit-tied-to-cooperation.warning":
    "Il suo permesso dipende dalla collaborazione con le autorità: il soggiorno può finire con il procedimento. Chiedi a un'avvocata una strada che non ne dipenda.",
  "check.permit-expiry.description":
    "Il suo permesso di soggiorno scade entro il periodo impostato (predefinito 60 giorni) o è scaduto, e non è previsto il rinnovo.",
  "check.permit-expiry.noDate": "Registra quando scade il suo permesso di soggiorno.",
  "check.permit-expiry.met": "Il suo permesso di soggiorno è valido fino al {{endDate}}.",
  "check.permit-expiry.renewal": "Il suo permesso scade il {{endDate}}; il rinnovo è nel piano.",
  "check.permit-expiry.soon":
    "Il suo permesso di soggiorno scade il {{endDate}}, tra {{days}} giorni. Pianifica con lei il rinnovo.",
  "check.permit-expiry.expired":
    "Il suo permesso di soggiorno è scaduto il {{endDate}}, {{days}} giorni fa. Pianifica una nuova domanda.",
  "check.work-permit-for-employment-goal.description":
    "Ha un obiettivo di lavoro ma non il diritto di lavorare (o non è noto), e non è prevista una domanda di permesso di lavoro.",
  "check.work-permit-for-employment-goal.met": "Il piano prevede una domanda di permesso di lavoro.",
  "check.work-permit-for-employment-goal.unknown": "Ha un obiettivo di lavoro: verifica se può lavorare legalmente.",
  "check.work-permit-for-employment-goal.gap":
    "Vuole lavorare ma non può ancora farlo legalmente. Pianifica con lei una domanda di permesso di lavoro.",
  "check.digital-safety-for-high-risk.ask":
    "Non si sa se qualcuno la controlla tramite telefono o account. Chiediglielo al momento giusto.",
  "check.children-recorded.description": "Ha figli e non sono registrate la loro età e dove vive ciascuno.",
  "check.children-recorded.warning":
    "Registra l'età di ciascuno dei suoi {{count}} figli e dove vive, così i controlli sulla cura dei figli ne tengono conto.",
  "check.children-recorded.met": "Età e residenza dei figli sono registrate ({{abroad}} vivono all'estero).",
  "check.risk-answers-to-actions.description":
    "La valutazione del rischio indica un pericolo (servitù per debiti, documenti trattenuti, accuse legate al suo sfruttamento, minacce alla famiglia, possibile trauma cranico, dipendenza) e il piano non prevede un passo.",
  "check.risk-answers-to-actions.met":
    "Il piano prevede un passo per un pericolo indicato nella valutazione del rischio.",
  "check.risk-answers-to-actions.debt-bondage":
    "La valutazione del rischio indica servitù per debiti. Offri una consulenza sui debiti; il debito è uno strumento degli sfruttatori, non suo.",
  "check.risk-answers-to-actions.documents-withheld":
    "I suoi documenti sono stati trattenuti. Aiutala a sostituire i documenti d'identità.",
  "check.risk-answers-to-actions.prosecution-exposure":
    "Rischia accuse legate al suo sfruttamento. Pianifica una difesa di non punibilità e l'assistenza legale gratuita.",
  "check.risk-answers-to-actions.threats-to-family.legal":
    "La sua famiglia è stata minacciata. Parla con lei della protezione dei testimoni.",
  "check.risk-answers-to-actions.threats-to-family.safety":
    "La sua famiglia è stata minacciata. Prepara o aggiorna con lei il piano di sicurezza.",
  "check.risk-answers-to-actions.possible-brain-injury":
    "Potrebbe avere un trauma cranico. Offri uno screening; può spiegare problemi di memoria o di concentrazione.",
  "check.risk-answers-to-actions.substance-dependence":
    "Se lo desidera, offri un sostegno per le dipendenze. È una sua scelta e mai una condizione.",
  "plan.error.childrenListCount": "Registra una voce (età e dove vive) per ogni figlio.",
  "indicators.notRecorded": "Non registrato",
  "disclosures.error.tooMany": "Per lei sono già registrate tutte le comunicazioni di dati che si possono conservare.",
  "check.charges-without-non-punishment-defence.description":
    "Ci sono accuse pendenti contro di lei o è stata condannata, e nel piano non c'è una difesa basata sul principio di non punibilità né un'assistenza legale gratuita.",
  "check.charges-without-non-punishment-defence.pending":
    "Ci sono accuse contro di lei. Se riguardano ciò che è stata costretta a fare durante lo sfruttamento, il principio di non punibilità la tutela: pianificate una difesa su questa base e un'assistenza legale gratuita.",
  "check.charges-without-non-punishment-defence.convicted":
    "È stata condannata. Se riguarda ciò che è stata costretta a fare durante lo sfruttamento, chiedete a un'avvocata del principio di non punibilità (ricorso, cancellazione della condanna) e pianificate un'assistenza legale gratuita.",
  "check.charges-without-non-punishment-defence.met":
    "Nel piano c'è una difesa basata sul principio di non punibilità o un'assistenza legale gratuita.",
  "check.compensation-claim.description":
    "È in corso un procedimento contro i trafficanti o si è concluso con una condanna, e nessuna domanda di risarcimento è presentata o pianificata; oppure un risarcimento riconosciuto non è stato pagato.",
  "check.compensation-claim.ongoing":
    "È in corso un procedimento contro i trafficanti. Informatela del suo diritto a chiedere un risarcimento, se lo desidera, nel procedimento o dal fondo statale.",
  "check.compensation-claim.conviction":
    "I trafficanti sono stati condannati. Informatela del suo diritto a chiedere un risarcimento, se lo desidera, a loro o al fondo statale.",
  "check.compensation-claim.planned": "Nel piano c'è una domanda di risarcimento.",
  "check.compensation-claim.filed": "La sua domanda di risarcimento è stata presentata.",
  "check.compensation-claim.awarded":
    "Le è stato riconosciuto un risarcimento che non le è ancora stato pagato. Seguite il pagamento o chiedete del fondo statale.",
  "check.compensation-claim.paid": "Il risarcimento riconosciuto le è stato pagato.",
  "check.case-closed-with-matters-open.description":
    "Il suo caso è chiuso mentre ci sono ancora passi legali pianificati, in corso o bloccati; si propone un contatto di follow-up finché non ce n'è uno nel piano.",
  "check.case-closed-with-matters-open.legal":
    "Il suo caso è chiuso ma {{count}} passo/i legale/i è/sono ancora aperto/i. Assicuratevi che qualcuno li porti avanti, o riaprite il caso.",
  "check.case-closed-with-matters-open.noFollowUp":
    "Il suo caso è chiuso. Se è d'accordo, pianificate un contatto di follow-up per sapere come sta.",
  "check.case-closed-with-matters-open.followUp": "Le è stato offerto un contatto di follow-up dopo la chiusura.",
  "check.court-steps-without-psychological-support.description":
    "Sono pianificati o in corso passi in tribunale o come testimone, e non è stato offerto alcun sostegno psicologico o di crisi.",
  "check.court-steps-without-psychological-support.warning":
    "Va in tribunale o dalla polizia come testimone e non le è stato offerto alcun sostegno psicologico o di crisi. Offriteglielo prima e dopo.",
  "check.court-steps-without-psychological-support.met":
    "Insieme ai passi in tribunale le è stato offerto sostegno psicologico o di crisi.",
  "check.women-only-services.description":
    "Un passo di terapia, accoglienza o gruppo è affidato a un ente che nell'elenco non risulta riservato alle donne.",
  "check.women-only-services.warning":
    "Questo passo (terapia, accoglienza o gruppo) è presso un ente non riservato alle donne. Verificate con lei che sia ciò che vuole, o indirizzatela a un servizio solo per donne.",
  "check.women-only-services.met": "Questo passo è presso un servizio solo per donne.",
};

export const el: MessagesOf<typeof en> = {
  "check.third-country-permit-action.reflection":
    "Βρίσκεται στην περίοδο περίσκεψης: δεν προωθείται τώρα καμία άδεια. Ενημερώστε την για κάθε δρόμο, και για όσους δεν εξαρτώνται από τη συνεργασία, όταν θέλει να μάθει.",
  "check.permit-tied-to-cooperation.description":
    "Η άδεια διαμονής της εξαρτάται από τη συνεργασία με τις αρχές (ή η βάση της δεν είναι γνωστή).",
  "check.permit-tied-to-cooperation.met": "Η άδεια διαμονής της δεν εξαρτάται από τη συνεργασία με τις αρχές.",
  "check.permit-tied-to-cooperation.unknown": "Καταγράψτε σε τι βασίζεται η άδεια διαμονής της.",
  "check.permit-tied-to-cooperation.warning":
    "Η άδειά της εξαρτάται από τη συνεργασία με τις αρχές, άρα η διαμονή της μπορεί να τελειώσει με τη διαδικασία. Ρωτήστε δικηγόρο για έναν δρόμο που δεν εξαρτάται από αυτήν.",
  "check.permit-expiry.description":
    "Η άδεια διαμονής της λήγει εντός του ρυθμισμένου διαστήματος (προεπιλογή 60 ημέρες) ή έχει λήξει, και δεν έχει προγραμματιστεί ανανέωση.",
  "check.permit-expiry.noDate": "Καταγράψτε πότε λήγει η άδεια διαμονής της.",
  "check.permit-expiry.met": "Η άδεια διαμονής της ισχύει έως τις {{endDate}}.",
  "check.permit-expiry.renewal": "Η άδειά της λήγει στις {{endDate}}· το σχέδιο περιλαμβάνει ανανέωση.",
  "check.permit-expiry.soon":
    "Η άδεια διαμονής της λήγει στις {{endDate}}, σε {{days}} ημέρες. Προγραμματίστε μαζί της την ανανέωση.",
  "check.permit-expiry.expired":
    "Η άδεια διαμονής της έληξε στις {{endDate}}, πριν από {{days}} ημέρες. Προγραμματίστε νέα αίτηση.",
  "check.work-permit-for-employment-goal.description":
    "Έχει στόχο για εργασία αλλά όχι δικαίωμα εργασίας (ή δεν είναι γνωστό), και δεν έχει προγραμματιστεί αίτηση για άδεια εργασίας.",
  "check.work-permit-for-employment-goal.met": "Το σχέδιο περιλαμβάνει αίτηση για άδεια εργασίας.",
  "check.work-permit-for-employment-goal.unknown": "Έχει στόχο για εργασία: μάθετε αν μπορεί να εργαστεί νόμιμα.",
  "check.work-permit-for-employment-goal.gap":
    "Θέλει να εργαστεί αλλά δεν μπορεί ακόμη να εργαστεί νόμιμα. Προγραμματίστε μαζί της αίτηση για άδεια εργασίας.",
  "check.digital-safety-for-high-risk.ask":
    "Δεν είναι γνωστό αν κάποιος την ελέγχει μέσω του τηλεφώνου ή των λογαριασμών της. Ρωτήστε την όταν είναι η κατάλληλη στιγμή.",
  "check.children-recorded.description": "Έχει παιδιά και δεν έχουν καταγραφεί οι ηλικίες τους και πού ζει το καθένα.",
  "check.children-recorded.warning":
    "Καταγράψτε την ηλικία καθενός από τα {{count}} παιδιά της και πού ζει το καθένα, ώστε να μπορούν να ακολουθούν οι έλεγχοι φροντίδας παιδιών.",
  "check.children-recorded.met":
    "Οι ηλικίες και οι κατοικίες των παιδιών της έχουν καταγραφεί ({{abroad}} ζουν στο εξωτερικό).",
  "check.risk-answers-to-actions.description":
    "Η αξιολόγηση κινδύνου της αναφέρει έναν κίνδυνο (χρεοδουλεία, παρακράτηση εγγράφων, κατηγορίες που συνδέονται με την εκμετάλλευσή της, απειλές για την οικογένειά της, πιθανή κρανιοεγκεφαλική κάκωση, εξάρτηση) και το σχέδιο δεν έχει βήμα γι' αυτόν.",
  "check.risk-answers-to-actions.met": "Το σχέδιο έχει βήμα για έναν κίνδυνο που αναφέρει η αξιολόγηση κινδύνου της.",
  "check.risk-answers-to-actions.debt-bondage":
    "Η αξιολόγηση κινδύνου της αναφέρει χρεοδουλεία. Προτείνετε συμβουλευτική για χρέη· το χρέος είναι εργαλείο των εκμεταλλευτών, δεν το οφείλει εκείνη.",
  "check.risk-answers-to-actions.documents-withheld":
    "Τα έγγραφά της παρακρατήθηκαν. Βοηθήστε την να αντικαταστήσει τα έγγραφα ταυτότητάς της.",
  "check.risk-answers-to-actions.prosecution-exposure":
    "Αντιμετωπίζει κατηγορίες που συνδέονται με την εκμετάλλευσή της. Προγραμματίστε υπεράσπιση βάσει της αρχής της μη τιμωρίας και δωρεάν νομική εκπροσώπηση.",
  "check.risk-answers-to-actions.threats-to-family.legal":
    "Η οικογένειά της έχει απειληθεί. Μιλήστε μαζί της για την προστασία μαρτύρων.",
  "check.risk-answers-to-actions.threats-to-family.safety":
    "Η οικογένειά της έχει απειληθεί. Φτιάξτε ή ενημερώστε μαζί της το σχέδιο ασφάλειάς της.",
  "check.risk-answers-to-actions.possible-brain-injury":
    "Μπορεί να έχει κρανιοεγκεφαλική κάκωση. Προτείνετε έλεγχο· μπορεί να εξηγήσει προβλήματα μνήμης ή συγκέντρωσης.",
  "check.risk-answers-to-actions.substance-dependence":
    "Αν το επιθυμεί, προτείνετε υποστήριξη για εξαρτήσεις. Είναι δική της επιλογή και ποτέ όρος.",
  "plan.error.childrenListCount": "Καταγράψτε μία εγγραφή (ηλικία και πού ζει το παιδί) για κάθε παιδί.",
  "indicators.notRecorded": "Δεν έχει καταγραφεί",
  "disclosures.error.tooMany": "Αυτός ο φάκελος περιέχει ήδη τις περισσότερες γνωστοποιήσεις που μπορεί να κρατήσει.",
  "check.charges-without-non-punishment-defence.description":
    "Εκκρεμούν κατηγορίες εναντίον της ή καταδικάστηκε, και το σχέδιο δεν περιλαμβάνει υπεράσπιση βάσει της αρχής της μη τιμωρίας ή δωρεάν νομική εκπροσώπηση.",
  "check.charges-without-non-punishment-defence.pending":
    "Αντιμετωπίζει κατηγορίες. Αν αφορούν όσα αναγκάστηκε να κάνει ενώ ήταν θύμα εκμετάλλευσης, την προστατεύει η αρχή της μη τιμωρίας: προγραμματίστε υπεράσπιση βάσει αυτής και δωρεάν νομική εκπροσώπηση.",
  "check.charges-without-non-punishment-defence.convicted":
    "Καταδικάστηκε. Αν αφορά όσα αναγκάστηκε να κάνει ενώ ήταν θύμα εκμετάλλευσης, ρωτήστε δικηγόρο για την αρχή της μη τιμωρίας (έφεση, διαγραφή από το ποινικό μητρώο) και προγραμματίστε δωρεάν νομική εκπροσώπηση.",
  "check.charges-without-non-punishment-defence.met":
    "Το σχέδιο περιλαμβάνει υπεράσπιση βάσει της αρχής της μη τιμωρίας ή δωρεάν νομική εκπροσώπηση για τις κατηγορίες εναντίον της.",
  "check.compensation-claim.description":
    "Διαδικασίες κατά των διακινητών βρίσκονται σε εξέλιξη ή κατέληξαν σε καταδίκη και δεν έχει κατατεθεί ή προγραμματιστεί αξίωση αποζημίωσης· ή επιδικάστηκε αποζημίωση που δεν καταβλήθηκε.",
  "check.compensation-claim.ongoing":
    "Διαδικασίες κατά των διακινητών βρίσκονται σε εξέλιξη. Ενημερώστε την για το δικαίωμά της να διεκδικήσει αποζημίωση, αν το επιθυμεί, στη διαδικασία ή από το κρατικό ταμείο.",
  "check.compensation-claim.conviction":
    "Οι διακινητές καταδικάστηκαν. Ενημερώστε την για το δικαίωμά της να διεκδικήσει αποζημίωση, αν το επιθυμεί, από αυτούς ή από το κρατικό ταμείο.",
  "check.compensation-claim.planned": "Το σχέδιο περιλαμβάνει αξίωση αποζημίωσης.",
  "check.compensation-claim.filed": "Η αξίωση αποζημίωσής της έχει κατατεθεί.",
  "check.compensation-claim.awarded":
    "Επιδικάστηκε αποζημίωση αλλά δεν της έχει καταβληθεί ακόμη. Παρακολουθήστε την καταβολή ή ρωτήστε για το κρατικό ταμείο.",
  "check.compensation-claim.paid": "Η αποζημίωση που της επιδικάστηκε έχει καταβληθεί.",
  "check.case-closed-with-matters-open.description":
    "Η υπόθεσή της έκλεισε ενώ νομικά βήματα είναι ακόμη προγραμματισμένα, σε εξέλιξη ή μπλοκαρισμένα· προτείνεται επαφή παρακολούθησης μετά το κλείσιμο ενώ το σχέδιο δεν περιλαμβάνει καμία.",
  "check.case-closed-with-matters-open.legal":
    "Η υπόθεσή της έκλεισε αλλά {{count}} νομικό(ά) βήμα(τα) είναι ακόμη ανοιχτό(ά). Βεβαιωθείτε ότι κάποιος τα συνεχίζει ή ανοίξτε ξανά την υπόθεση.",
  "check.case-closed-with-matters-open.noFollowUp":
    "Η υπόθεσή της έκλεισε. Αν συμφωνεί, προγραμματίστε επαφή παρακολούθησης για να δείτε πώς είναι.",
  "check.case-closed-with-matters-open.followUp": "Της προτάθηκε επαφή παρακολούθησης μετά το κλείσιμο.",
  "check.court-steps-without-psychological-support.description":
    "Βήματα στο δικαστήριο ή ως μάρτυρας είναι προγραμματισμένα ή σε εξέλιξη και δεν έχει προταθεί ψυχολογική υποστήριξη ή υποστήριξη σε κρίση.",
  "check.court-steps-without-psychological-support.warning":
    "Πηγαίνει στο δικαστήριο ή στην αστυνομία ως μάρτυρας και δεν της έχει προταθεί ψυχολογική υποστήριξη ή υποστήριξη σε κρίση. Προτείνετέ την πριν και μετά.",
  "check.court-steps-without-psychological-support.met":
    "Της προτάθηκε ψυχολογική υποστήριξη ή υποστήριξη σε κρίση μαζί με τα βήματα στο δικαστήριο.",
  "check.women-only-services.description":
    "Ένα βήμα θεραπείας, ξενώνα ή ομάδας ομότιμων παραπέμπεται σε πάροχο που ο κατάλογος καταγράφει ότι δεν είναι μόνο για γυναίκες.",
  "check.women-only-services.warning":
    "Αυτό το βήμα θεραπείας, ξενώνα ή ομάδας ομότιμων γίνεται με πάροχο που δεν είναι μόνο για γυναίκες. Ελέγξτε μαζί της ότι είναι αυτό που θέλει ή παραπέμψτε την σε υπηρεσία μόνο για γυναίκες.",
  "check.women-only-services.met": "Αυτό το βήμα γίνεται με υπηρεσία μόνο για γυναίκες.",
};

export const es: MessagesOf<typeof en> = {
  "check.third-country-permit-action.reflection":
    "Está en su periodo de reflexión: ahora no se promueve ninguna autorización. Infórmela de todas las vías, también de las que no dependen de colaborar, cuando ella quiera saberlo.",
  "check.permit-tied-to-cooperation.description":
    "Su autorización de residencia depende de que colabore con las autoridades (o se desconoce en qué se basa).",
  "check.permit-tied-to-cooperation.met":
    "Su autorización de residencia no depende de que colabore con las autoridades.",
  "check.permit-tied-to-cooperation.unknown": "Registre en qué se basa su autorización de residencia.",
  "check.permit-tied-to-cooperation.warning":
    "Su autorización depende de que colabore con las autoridades, así que su estancia podría terminar con el procedimiento. Consulte a una abogada o un abogado sobre una vía que no dependa de ello.",
  "check.permit-expiry.description":
    "Su autorización de residencia caduca dentro del plazo configurado (60 días por defecto) o ha caducado, y no hay renovación prevista.",
  "check.permit-expiry.noDate": "Registre cuándo caduca su autorización de residencia.",
  "check.permit-expiry.met": "Su autorización de residencia es válida hasta el {{endDate}}.",
  "check.permit-expiry.renewal": "Su autorización caduca el {{endDate}}; el plan incluye una renovación.",
  "check.permit-expiry.soon":
    "Su autorización de residencia caduca el {{endDate}}, dentro de {{days}} días. Prevea la renovación con ella.",
  "check.permit-expiry.expired":
    "Su autorización de residencia caducó el {{endDate}}, hace {{days}} días. Prevea una nueva solicitud.",
  "check.work-permit-for-employment-goal.description":
    "Tiene un objetivo de empleo pero no tiene derecho a trabajar (o se desconoce), y no hay solicitud de autorización de trabajo prevista.",
  "check.work-permit-for-employment-goal.met": "El plan incluye una solicitud de autorización de trabajo.",
  "check.work-permit-for-employment-goal.unknown":
    "Tiene un objetivo de empleo: averigüe si puede trabajar legalmente.",
  "check.work-permit-for-employment-goal.gap":
    "Quiere trabajar, pero todavía no puede hacerlo legalmente. Prevea con ella una solicitud de autorización de trabajo.",
  "check.digital-safety-for-high-risk.ask":
    "No se sabe si alguien la controla a través de su teléfono o sus cuentas. Pregúnteselo cuando sea el momento.",
  "check.children-recorded.description":
    "Tiene hijas o hijos y no están registradas sus edades ni dónde vive cada uno.",
  "check.children-recorded.warning":
    "Registre la edad de cada una de sus {{count}} hijas o hijos y dónde vive cada uno, para que las comprobaciones de cuidado infantil puedan tenerlo en cuenta.",
  "check.children-recorded.met":
    "Las edades y los hogares de sus hijas e hijos están registrados ({{abroad}} viven en el extranjero).",
  "check.risk-answers-to-actions.description":
    "Su valoración del riesgo señala un peligro (servidumbre por deudas, documentos retenidos, cargos vinculados a su explotación, amenazas a su familia, posible lesión en la cabeza, dependencia) y el plan no tiene ningún paso para ello.",
  "check.risk-answers-to-actions.met": "El plan tiene un paso para un peligro señalado en su valoración del riesgo.",
  "check.risk-answers-to-actions.debt-bondage":
    "Su valoración del riesgo menciona servidumbre por deudas. Ofrezca asesoramiento sobre deudas; la deuda es una herramienta de los explotadores, no le corresponde pagarla.",
  "check.risk-answers-to-actions.documents-withheld":
    "Le retuvieron sus documentos. Ayúdela a reponer sus documentos de identidad.",
  "check.risk-answers-to-actions.prosecution-exposure":
    "Se enfrenta a cargos vinculados a su explotación. Prevea una defensa basada en la no punición y asistencia jurídica gratuita.",
  "check.risk-answers-to-actions.threats-to-family.legal":
    "Su familia ha sido amenazada. Hable con ella sobre la protección de testigos.",
  "check.risk-answers-to-actions.threats-to-family.safety":
    "Su familia ha sido amenazada. Elabore o actualice con ella su plan de seguridad.",
  "check.risk-answers-to-actions.possible-brain-injury":
    "Puede tener una lesión en la cabeza. Ofrezca un cribado; puede explicar problemas de memoria o de concentración.",
  "check.risk-answers-to-actions.substance-dependence":
    "Si ella lo desea, ofrezca atención a las adicciones. Es decisión suya y nunca una condición.",
  "plan.error.childrenListCount": "Registre una entrada (edad y dónde vive) por cada hija o hijo.",
  "indicators.notRecorded": "No registrado",
  "disclosures.error.tooMany": "Este expediente ya contiene el máximo de comunicaciones que puede guardar.",
  "check.charges-without-non-punishment-defence.description":
    "Hay cargos pendientes contra ella o fue condenada, y el plan no incluye defensa basada en la no punición ni asistencia jurídica gratuita.",
  "check.charges-without-non-punishment-defence.pending":
    "Se enfrenta a cargos. Si se refieren a lo que la obligaron a hacer mientras la explotaban, el principio de no punición la protege: prevea una defensa basada en la no punición y asistencia jurídica gratuita.",
  "check.charges-without-non-punishment-defence.convicted":
    "Fue condenada. Si se refiere a lo que la obligaron a hacer mientras la explotaban, consulte a una abogada o un abogado sobre el principio de no punición (recurso, cancelación de antecedentes) y prevea asistencia jurídica gratuita.",
  "check.charges-without-non-punishment-defence.met":
    "El plan incluye una defensa basada en la no punición o asistencia jurídica gratuita para los cargos contra ella.",
  "check.compensation-claim.description":
    "Hay un procedimiento contra los tratantes en curso o que terminó en condena y no se ha presentado ni previsto ninguna reclamación de indemnización; o se concedió una indemnización que no se ha pagado.",
  "check.compensation-claim.ongoing":
    "Hay un procedimiento contra los tratantes en curso. Infórmela de su derecho a reclamar una indemnización, si lo desea, en el procedimiento o del fondo estatal.",
  "check.compensation-claim.conviction":
    "Los tratantes fueron condenados. Infórmela de su derecho a reclamar una indemnización, si lo desea, a ellos o al fondo estatal.",
  "check.compensation-claim.planned": "El plan incluye una reclamación de indemnización.",
  "check.compensation-claim.filed": "Su reclamación de indemnización está presentada.",
  "check.compensation-claim.awarded":
    "Se le concedió una indemnización, pero aún no se le ha pagado. Haga seguimiento del pago o pregunte por el fondo estatal.",
  "check.compensation-claim.paid": "La indemnización que se le concedió ya se ha pagado.",
  "check.case-closed-with-matters-open.description":
    "Su caso está cerrado mientras aún hay pasos jurídicos previstos, en curso o bloqueados; se sugiere un contacto de seguimiento tras el cierre cuando el plan no incluye ninguno.",
  "check.case-closed-with-matters-open.legal":
    "Su caso está cerrado, pero siguen abiertos {{count}} paso(s) jurídico(s). Asegúrese de que alguien los continúe, o reabra el caso.",
  "check.case-closed-with-matters-open.noFollowUp":
    "Su caso está cerrado. Si está de acuerdo, prevea un contacto de seguimiento para saber cómo está.",
  "check.case-closed-with-matters-open.followUp": "Se le ofreció un contacto de seguimiento tras el cierre.",
  "check.court-steps-without-psychological-support.description":
    "Hay pasos judiciales o como testigo previstos o en curso y no se ha ofrecido apoyo psicológico ni en crisis.",
  "check.court-steps-without-psychological-support.warning":
    "Va a ir al juzgado o a la policía como testigo y no se le ha ofrecido apoyo psicológico ni en crisis. Ofrézcaselo antes y después.",
  "check.court-steps-without-psychological-support.met":
    "Se le ofreció apoyo psicológico o en crisis junto con sus pasos judiciales.",
  "check.women-only-services.description":
    "Un paso de terapia, alojamiento o grupo de iguales se deriva a una entidad que el directorio registra como no exclusiva para mujeres.",
  "check.women-only-services.warning":
    "Este paso de terapia, alojamiento o grupo de iguales es con una entidad que no es exclusiva para mujeres. Compruebe con ella que es lo que quiere, o derívela a un servicio solo para mujeres.",
  "check.women-only-services.met": "Este paso es con un servicio solo para mujeres.",
};

export const fr: MessagesOf<typeof en> = {
  "check.third-country-permit-action.reflection":
    "Elle est en délai de réflexion : aucun titre de séjour n'est poussé maintenant. Informez-la de toutes les voies, y compris celles qui ne dépendent pas de la coopération, quand elle souhaite le savoir.",
  "check.permit-tied-to-cooperation.description":
    "Son titre de séjour dépend de sa coopération avec les autorités (ou son fondement n'est pas connu).",
  "check.permit-tied-to-cooperation.met": "Son titre de séjour ne dépend pas de sa coopération avec les autorités.",
  "check.permit-tied-to-cooperation.unknown": "Indiquez sur quel fondement repose son titre de séjour.",
  "check.permit-tied-to-cooperation.warning":
    "Son titre dépend de sa coopération avec les autorités : son séjour peut donc prendre fin avec la procédure. Demandez à un·e avocat·e une voie qui n'en dépend pas.",
  "check.permit-expiry.description":
    "Son titre de séjour expire dans la fenêtre configurée (60 jours par défaut) ou a expiré, et aucun renouvellement n'est prévu.",
  "check.permit-expiry.noDate": "Indiquez la date d'expiration de son titre de séjour.",
  "check.permit-expiry.met": "Son titre de séjour est valable jusqu'au {{endDate}}.",
  "check.permit-expiry.renewal": "Son titre expire le {{endDate}} ; un renouvellement est prévu dans le plan.",
  "check.permit-expiry.soon":
    "Son titre de séjour expire le {{endDate}}, dans {{days}} jours. Prévoyez le renouvellement avec elle.",
  "check.permit-expiry.expired":
    "Son titre de séjour a expiré le {{endDate}}, il y a {{days}} jours. Prévoyez une nouvelle demande.",
  "check.work-permit-for-employment-goal.description":
    "Elle a un objectif lié à l'emploi mais pas le droit de travailler (ou ce n'est pas connu), et aucune demande d'autorisation de travail n'est prévue.",
  "check.work-permit-for-employment-goal.met": "Une demande d'autorisation de travail est prévue dans le plan.",
  "check.work-permit-for-employment-goal.unknown":
    "Elle a un objectif lié à l'emploi : vérifiez si elle peut travailler légalement.",
  "check.work-permit-for-employment-goal.gap":
    "Elle veut travailler mais ne peut pas encore le faire légalement. Prévoyez avec elle une demande d'autorisation de travail.",
  "check.digital-safety-for-high-risk.ask":
    "On ne sait pas si quelqu'un exerce une emprise sur elle par son téléphone ou ses comptes. Posez-lui la question au bon moment.",
  "check.children-recorded.description": "Elle a des enfants, et leur âge et leur lieu de vie ne sont pas enregistrés.",
  "check.children-recorded.warning":
    "Enregistrez l'âge de chacun de ses {{count}} enfants et où chacun vit, pour que les vérifications sur la garde d'enfants puissent en tenir compte.",
  "check.children-recorded.met":
    "L'âge et le lieu de vie de ses enfants sont enregistrés ({{abroad}} vivant à l'étranger).",
  "check.risk-answers-to-actions.description":
    "Son évaluation des risques mentionne un danger (servitude pour dettes, documents confisqués, poursuites liées à son exploitation, menaces contre sa famille, possible traumatisme crânien, dépendance) et le plan ne prévoit aucune étape pour y répondre.",
  "check.risk-answers-to-actions.met":
    "Le plan prévoit une étape pour un danger mentionné dans son évaluation des risques.",
  "check.risk-answers-to-actions.debt-bondage":
    "Son évaluation des risques mentionne une servitude pour dettes. Proposez un conseil en matière de dettes : la dette est l'outil des exploiteurs, ce n'est pas à elle de la payer.",
  "check.risk-answers-to-actions.documents-withheld":
    "Ses documents ont été confisqués. Aidez-la à remplacer ses pièces d'identité.",
  "check.risk-answers-to-actions.prosecution-exposure":
    "Elle fait l'objet de poursuites liées à son exploitation. Prévoyez une défense fondée sur le principe de non-sanction et une représentation juridique gratuite.",
  "check.risk-answers-to-actions.threats-to-family.legal":
    "Sa famille a été menacée. Parlez avec elle de la protection des témoins.",
  "check.risk-answers-to-actions.threats-to-family.safety":
    "Sa famille a été menacée. Établissez ou mettez à jour son plan de sécurité avec elle.",
  "check.risk-answers-to-actions.possible-brain-injury":
    "Elle a peut-être un traumatisme crânien. Proposez un dépistage ; il peut expliquer des troubles de la mémoire ou de la concentration.",
  "check.risk-answers-to-actions.substance-dependence":
    "Si elle le souhaite, proposez un soutien en addictologie. C'est son choix et jamais une condition.",
  "plan.error.childrenListCount": "Enregistrez une entrée (âge et lieu de vie de l'enfant) pour chaque enfant.",
  "indicators.notRecorded": "Non renseigné",
  "disclosures.error.tooMany": "Ce dossier contient déjà le nombre maximal de transmissions qu'il peut conserver.",
  "check.charges-without-non-punishment-defence.description":
    "Des poursuites sont en cours contre elle ou elle a été condamnée, et le plan ne prévoit ni défense fondée sur la non-sanction ni représentation juridique gratuite.",
  "check.charges-without-non-punishment-defence.pending":
    "Elle fait l'objet de poursuites. Si elles portent sur ce qu'on l'a forcée à faire pendant son exploitation, le principe de non-sanction la protège : prévoyez une défense fondée sur la non-sanction et une représentation juridique gratuite.",
  "check.charges-without-non-punishment-defence.convicted":
    "Elle a été condamnée. Si la condamnation porte sur ce qu'on l'a forcée à faire pendant son exploitation, interrogez un·e avocat·e sur le principe de non-sanction (recours, effacement du casier) et prévoyez une représentation juridique gratuite.",
  "check.charges-without-non-punishment-defence.met":
    "Une défense fondée sur la non-sanction ou une représentation juridique gratuite est prévue dans le plan face aux poursuites.",
  "check.compensation-claim.description":
    "Une procédure contre les trafiquants est en cours ou a abouti à une condamnation et aucune demande d'indemnisation n'est déposée ni prévue ; ou une indemnisation a été accordée mais pas versée.",
  "check.compensation-claim.ongoing":
    "Une procédure contre les trafiquants est en cours. Informez-la de son droit à demander une indemnisation, si elle le souhaite, dans la procédure ou auprès du fonds public d'indemnisation.",
  "check.compensation-claim.conviction":
    "Les trafiquants ont été condamnés. Informez-la de son droit à demander une indemnisation, si elle le souhaite, auprès d'eux ou du fonds public d'indemnisation.",
  "check.compensation-claim.planned": "Une demande d'indemnisation est prévue dans le plan.",
  "check.compensation-claim.filed": "Sa demande d'indemnisation est déposée.",
  "check.compensation-claim.awarded":
    "Une indemnisation a été accordée mais ne lui a pas encore été versée. Suivez le paiement, ou renseignez-vous sur le fonds public.",
  "check.compensation-claim.paid": "L'indemnisation qui lui a été accordée a été versée.",
  "check.case-closed-with-matters-open.description":
    "Son dossier est clôturé alors que des démarches juridiques sont encore prévues, en cours ou bloquées ; un contact de suivi après la clôture est conseillé tant qu'aucun n'est prévu.",
  "check.case-closed-with-matters-open.legal":
    "Son dossier est clôturé mais {{count}} démarche(s) juridique(s) restent ouvertes. Assurez-vous que quelqu'un les poursuit, ou rouvrez le dossier.",
  "check.case-closed-with-matters-open.noFollowUp":
    "Son dossier est clôturé. Si elle est d'accord, prévoyez un contact de suivi pour savoir comment elle va.",
  "check.case-closed-with-matters-open.followUp": "Un contact de suivi après la clôture lui a été proposé.",
  "check.court-steps-without-psychological-support.description":
    "Des démarches au tribunal ou en tant que témoin sont prévues ou en cours et aucun soutien psychologique ou de crise n'a été proposé.",
  "check.court-steps-without-psychological-support.warning":
    "Elle va au tribunal ou à la police comme témoin, et aucun soutien psychologique ou de crise ne lui a été proposé. Proposez-le avant et après.",
  "check.court-steps-without-psychological-support.met":
    "Un soutien psychologique ou de crise a été proposé en parallèle de ses démarches judiciaires.",
  "check.women-only-services.description":
    "Une étape de thérapie, d'hébergement ou de groupe de pairs est orientée vers un prestataire que l'annuaire n'indique pas comme réservé aux femmes.",
  "check.women-only-services.warning":
    "Cette étape de thérapie, d'hébergement ou de groupe de pairs se fait avec un prestataire qui n'est pas réservé aux femmes. Vérifiez avec elle que c'est ce qu'elle souhaite, ou orientez-la vers un service réservé aux femmes.",
  "check.women-only-services.met": "Cette étape se fait avec un service réservé aux femmes.",
};

export const ro: MessagesOf<typeof en> = {
  "check.third-country-permit-action.reflection":
    "Ea se află în perioada de reflecție: nu se grăbește acum niciun permis. Informați-o despre toate căile, inclusiv cele care nu depind de cooperare, atunci când dorește să afle.",
  "check.permit-tied-to-cooperation.description":
    "Permisul ei de ședere depinde de cooperarea cu autoritățile (sau temeiul lui nu este cunoscut).",
  "check.permit-tied-to-cooperation.met": "Permisul ei de ședere nu depinde de cooperarea cu autoritățile.",
  "check.permit-tied-to-cooperation.unknown": "Înregistrați pe ce se bazează permisul ei de ședere.",
  "check.permit-tied-to-cooperation.warning":
    "Permisul ei depinde de cooperarea cu autoritățile, așa că șederea ei se poate încheia odată cu procedurile. Întrebați un avocat despre o cale care nu depinde de aceasta.",
  "check.permit-expiry.description":
    "Permisul ei de ședere expiră în intervalul configurat (implicit 60 de zile) sau a expirat și nu este planificată nicio prelungire.",
  "check.permit-expiry.noDate": "Înregistrați când expiră permisul ei de ședere.",
  "check.permit-expiry.met": "Permisul ei de ședere este valabil până la {{endDate}}.",
  "check.permit-expiry.renewal": "Permisul ei expiră pe {{endDate}}; o prelungire este în plan.",
  "check.permit-expiry.soon":
    "Permisul ei de ședere expiră pe {{endDate}}, peste {{days}} zile. Planificați prelungirea împreună cu ea.",
  "check.permit-expiry.expired":
    "Permisul ei de ședere a expirat pe {{endDate}}, acum {{days}} zile. Planificați o nouă cerere.",
  "check.work-permit-for-employment-goal.description":
    "Ea are un obiectiv legat de muncă, dar nu are drept de muncă (sau nu se știe) și nu este planificată nicio cerere de permis de muncă.",
  "check.work-permit-for-employment-goal.met": "O cerere de permis de muncă este în plan.",
  "check.work-permit-for-employment-goal.unknown":
    "Ea are un obiectiv legat de muncă: aflați dacă are voie să lucreze legal.",
  "check.work-permit-for-employment-goal.gap":
    "Ea vrea să lucreze, dar încă nu are voie să lucreze legal. Planificați împreună cu ea o cerere de permis de muncă.",
  "check.digital-safety-for-high-risk.ask":
    "Nu se știe dacă cineva o controlează prin telefonul sau conturile ei. Întrebați-o când este momentul potrivit.",
  "check.children-recorded.description":
    "Ea are copii, iar vârstele lor și locul unde locuiește fiecare nu sunt înregistrate.",
  "check.children-recorded.warning":
    "Înregistrați vârsta fiecăruia dintre cei {{count}} copii ai ei și unde locuiește fiecare, ca verificările privind îngrijirea copiilor să țină cont de acestea.",
  "check.children-recorded.met":
    "Vârstele și locuințele copiilor ei sunt înregistrate ({{abroad}} locuiesc în străinătate).",
  "check.risk-answers-to-actions.description":
    "Evaluarea riscurilor numește un pericol (servitute pentru datorii, acte reținute, acuzații legate de exploatarea ei, amenințări la adresa familiei, posibil traumatism cranian, dependență) și planul nu are niciun pas pentru acesta.",
  "check.risk-answers-to-actions.met": "Planul are un pas pentru un pericol numit în evaluarea riscurilor.",
  "check.risk-answers-to-actions.debt-bondage":
    "Evaluarea riscurilor menționează servitutea pentru datorii. Oferiți consiliere privind datoriile; datoria este instrumentul exploatatorilor, nu ea trebuie să o plătească.",
  "check.risk-answers-to-actions.documents-withheld":
    "Actele ei au fost reținute. Ajutați-o să își înlocuiască actele de identitate.",
  "check.risk-answers-to-actions.prosecution-exposure":
    "Ea se confruntă cu acuzații legate de exploatarea ei. Planificați o apărare în baza principiului nepedepsirii și reprezentare juridică gratuită.",
  "check.risk-answers-to-actions.threats-to-family.legal":
    "Familia ei a fost amenințată. Discutați cu ea despre protecția martorilor.",
  "check.risk-answers-to-actions.threats-to-family.safety":
    "Familia ei a fost amenințată. Faceți sau actualizați împreună cu ea planul ei de siguranță.",
  "check.risk-answers-to-actions.possible-brain-injury":
    "Ea poate avea un traumatism cranian. Oferiți-i un screening; acesta poate explica problemele de memorie sau de concentrare.",
  "check.risk-answers-to-actions.substance-dependence":
    "Dacă dorește, oferiți-i sprijin pentru dependențe. Este alegerea ei și niciodată o condiție.",
  "plan.error.childrenListCount":
    "Înregistrați câte o intrare (vârsta și unde locuiește copilul) pentru fiecare copil.",
  "indicators.notRecorded": "Neînregistrat",
  "disclosures.error.tooMany":
    "Această fișă conține deja numărul maxim de transmiteri de date pe care le poate păstra.",
  "check.charges-without-non-punishment-defence.description":
    "Există acuzații în curs împotriva ei sau a fost condamnată și planul nu include o apărare în baza principiului nepedepsirii sau reprezentare juridică gratuită.",
  "check.charges-without-non-punishment-defence.pending":
    "Ea se confruntă cu acuzații. Dacă privesc ceea ce a fost forțată să facă în timp ce era exploatată, principiul nepedepsirii o protejează: planificați o apărare în baza principiului nepedepsirii și reprezentare juridică gratuită.",
  "check.charges-without-non-punishment-defence.convicted":
    "Ea a fost condamnată. Dacă fapta privește ceea ce a fost forțată să facă în timp ce era exploatată, întrebați un avocat despre principiul nepedepsirii (apel, ștergerea cazierului) și planificați reprezentare juridică gratuită.",
  "check.charges-without-non-punishment-defence.met":
    "O apărare în baza principiului nepedepsirii sau reprezentarea juridică gratuită este în plan pentru acuzațiile împotriva ei.",
  "check.compensation-claim.description":
    "Procedurile împotriva traficanților sunt în curs sau s-au încheiat cu o condamnare și nu este depusă sau planificată nicio cerere de despăgubire; ori despăgubirea a fost acordată, dar nu a fost plătită.",
  "check.compensation-claim.ongoing":
    "Procedurile împotriva traficanților sunt în curs. Informați-o despre dreptul ei de a cere despăgubiri, dacă dorește, în cadrul procedurilor sau din fondul statului.",
  "check.compensation-claim.conviction":
    "Traficanții au fost condamnați. Informați-o despre dreptul ei de a cere despăgubiri, dacă dorește, de la aceștia sau din fondul statului.",
  "check.compensation-claim.planned": "O cerere de despăgubire este în plan.",
  "check.compensation-claim.filed": "Cererea ei de despăgubire este depusă.",
  "check.compensation-claim.awarded":
    "Despăgubirea a fost acordată, dar încă nu i-a fost plătită. Urmăriți plata sau întrebați despre fondul statului.",
  "check.compensation-claim.paid": "Despăgubirea acordată i-a fost plătită.",
  "check.case-closed-with-matters-open.description":
    "Cazul ei este închis, deși pași juridici sunt încă planificați, în curs sau blocați; se sugerează un contact de monitorizare după închidere atunci când niciunul nu este în plan.",
  "check.case-closed-with-matters-open.legal":
    "Cazul ei este închis, dar {{count}} pas(ți) juridic(i) sunt încă deschiși. Asigurați-vă că cineva îi continuă sau redeschideți cazul.",
  "check.case-closed-with-matters-open.noFollowUp":
    "Cazul ei este închis. Dacă este de acord, planificați un contact de monitorizare pentru a vedea cum se simte.",
  "check.case-closed-with-matters-open.followUp": "I s-a oferit un contact de monitorizare după închidere.",
  "check.court-steps-without-psychological-support.description":
    "Sunt planificați sau în curs pași legați de instanță sau de calitatea de martor și nu s-a oferit sprijin psihologic sau în criză.",
  "check.court-steps-without-psychological-support.warning":
    "Ea merge la instanță sau la poliție ca martoră și nu i s-a oferit sprijin psihologic sau în criză. Oferiți-l înainte și după.",
  "check.court-steps-without-psychological-support.met":
    "I s-a oferit sprijin psihologic sau în criză pe lângă pașii legați de instanță.",
  "check.women-only-services.description":
    "Un pas de terapie, adăpost sau grup de sprijin între egale este referit către un furnizor pe care registrul îl arată ca nefiind exclusiv pentru femei.",
  "check.women-only-services.warning":
    "Acest pas de terapie, adăpost sau grup de sprijin între egale este la un furnizor care nu este exclusiv pentru femei. Verificați cu ea că asta își dorește sau referiți-o către un serviciu doar pentru femei.",
  "check.women-only-services.met": "Acest pas este la un serviciu doar pentru femei.",
};

export const bg: MessagesOf<typeof en> = {
  "check.third-country-permit-action.reflection":
    "Тя е в периода си на размисъл: сега не се настоява за разрешение. Разкажете ѝ за всички възможности, включително тези, които не зависят от сътрудничество, когато тя поиска да научи.",
  "check.permit-tied-to-cooperation.description":
    "Разрешението ѝ за пребиваване зависи от сътрудничество с институциите (или основанието му не е известно).",
  "check.permit-tied-to-cooperation.met": "Разрешението ѝ за пребиваване не зависи от сътрудничество с институциите.",
  "check.permit-tied-to-cooperation.unknown": "Запишете на какво основание е разрешението ѝ за пребиваване.",
  "check.permit-tied-to-cooperation.warning":
    "Разрешението ѝ зависи от сътрудничество с институциите, затова престоят ѝ може да приключи с производството. Попитайте адвокат за възможност, която не зависи от това.",
  "check.permit-expiry.description":
    "Разрешението ѝ за пребиваване изтича в зададения срок (по подразбиране 60 дни) или е изтекло и не е планирано подновяване.",
  "check.permit-expiry.noDate": "Запишете кога изтича разрешението ѝ за пребиваване.",
  "check.permit-expiry.met": "Разрешението ѝ за пребиваване е валидно до {{endDate}}.",
  "check.permit-expiry.renewal": "Разрешението ѝ изтича на {{endDate}}; подновяването е включено в плана.",
  "check.permit-expiry.soon":
    "Разрешението ѝ за пребиваване изтича на {{endDate}}, след {{days}} дни. Планирайте подновяването заедно с нея.",
  "check.permit-expiry.expired":
    "Разрешението ѝ за пребиваване изтече на {{endDate}}, преди {{days}} дни. Планирайте ново заявление.",
  "check.work-permit-for-employment-goal.description":
    "Тя има цел, свързана с работа, но няма право на работа (или това не е известно) и не е планирано заявление за разрешение за работа.",
  "check.work-permit-for-employment-goal.met": "Заявление за разрешение за работа е включено в плана.",
  "check.work-permit-for-employment-goal.unknown":
    "Тя има цел, свързана с работа: разберете дали може да работи законно.",
  "check.work-permit-for-employment-goal.gap":
    "Тя иска да работи, но все още не може да работи законно. Планирайте заедно с нея заявление за разрешение за работа.",
  "check.digital-safety-for-high-risk.ask":
    "Не е известно дали някой я контролира чрез телефона или профилите ѝ. Попитайте я, когато моментът е подходящ.",
  "check.children-recorded.description": "Тя има деца, а възрастта им и къде живее всяко от тях не са записани.",
  "check.children-recorded.warning":
    "Запишете възрастта на всяко от децата ѝ ({{count}}) и къде живее, за да могат проверките за грижата за децата да го отчитат.",
  "check.children-recorded.met": "Възрастта и местоживеенето на децата ѝ са записани ({{abroad}} живеят в чужбина).",
  "check.risk-answers-to-actions.description":
    "Оценката на риска ѝ посочва опасност (дългово робство, задържани документи, обвинения, свързани с експлоатацията ѝ, заплахи към семейството ѝ, възможна травма на главата, зависимост), а в плана няма стъпка за нея.",
  "check.risk-answers-to-actions.met": "Планът има стъпка за опасност, посочена в оценката на риска ѝ.",
  "check.risk-answers-to-actions.debt-bondage":
    "Оценката на риска ѝ споменава дългово робство. Предложете консултация за дългове; дългът е инструмент на експлоататорите, а не неин дълг за плащане.",
  "check.risk-answers-to-actions.documents-withheld":
    "Документите ѝ са били задържани. Помогнете ѝ да подмени документите си за самоличност.",
  "check.risk-answers-to-actions.prosecution-exposure":
    "Тя е обвинена в деяния, свързани с експлоатацията ѝ. Планирайте защита по принципа за ненаказване и безплатно правно представителство.",
  "check.risk-answers-to-actions.threats-to-family.legal":
    "Семейството ѝ е било заплашвано. Поговорете с нея за защита на свидетели.",
  "check.risk-answers-to-actions.threats-to-family.safety":
    "Семейството ѝ е било заплашвано. Изгответе или обновете заедно с нея плана ѝ за безопасност.",
  "check.risk-answers-to-actions.possible-brain-injury":
    "Възможно е да има травма на главата. Предложете скрининг; той може да обясни проблеми с паметта или концентрацията.",
  "check.risk-answers-to-actions.substance-dependence":
    "Ако тя желае, предложете помощ при зависимост. Това е неин избор и никога условие.",
  "plan.error.childrenListCount": "Запишете по един запис (възраст и къде живее детето) за всяко дете.",
  "indicators.notRecorded": "Не е записано",
  "disclosures.error.tooMany": "Този запис вече съдържа максималния брой разкривания, които може да пази.",
  "check.charges-without-non-punishment-defence.description":
    "Срещу нея има висящи обвинения или е осъдена, а в плана няма защита по принципа за ненаказване или безплатно правно представителство.",
  "check.charges-without-non-punishment-defence.pending":
    "Тя е обвинена. Ако обвиненията засягат това, към което е била принудена, докато е била експлоатирана, принципът за ненаказване я защитава: планирайте защита по този принцип и безплатно правно представителство.",
  "check.charges-without-non-punishment-defence.convicted":
    "Тя е осъдена. Ако присъдата засяга това, към което е била принудена, докато е била експлоатирана, попитайте адвокат за принципа за ненаказване (обжалване, реабилитация) и планирайте безплатно правно представителство.",
  "check.charges-without-non-punishment-defence.met":
    "Защита по принципа за ненаказване или безплатно правно представителство е включено в плана за обвиненията срещу нея.",
  "check.compensation-claim.description":
    "Производството срещу трафикантите е в ход или е приключило с осъдителна присъда и не е подаден или планиран иск за обезщетение; или е присъдено обезщетение, което не е изплатено.",
  "check.compensation-claim.ongoing":
    "Производството срещу трафикантите е в ход. Разкажете ѝ за правото ѝ да поиска обезщетение, ако желае, в производството или от държавния фонд.",
  "check.compensation-claim.conviction":
    "Трафикантите са осъдени. Разкажете ѝ за правото ѝ да поиска обезщетение, ако желае, от тях или от държавния фонд.",
  "check.compensation-claim.planned": "Иск за обезщетение е включен в плана.",
  "check.compensation-claim.filed": "Искът ѝ за обезщетение е подаден.",
  "check.compensation-claim.awarded":
    "Обезщетението е присъдено, но все още не ѝ е изплатено. Проследете плащането или попитайте за държавния фонд.",
  "check.compensation-claim.paid": "Присъденото ѝ обезщетение е изплатено.",
  "check.case-closed-with-matters-open.description":
    "Случаят ѝ е приключен, докато правни стъпки все още са планирани, текущи или блокирани; препоръчва се последващ контакт след приключването, но в плана няма такъв.",
  "check.case-closed-with-matters-open.legal":
    "Случаят ѝ е приключен, но отворените правни стъпки са още {{count}}. Уверете се, че някой ще ги продължи, или отворете отново случая.",
  "check.case-closed-with-matters-open.noFollowUp":
    "Случаят ѝ е приключен. Ако е съгласна, планирайте последващ контакт, за да видите как е.",
  "check.case-closed-with-matters-open.followUp": "Предложен ѝ е последващ контакт след приключването.",
  "check.court-steps-without-psychological-support.description":
    "Планирани или текущи са стъпки в съда или като свидетел и не е предложена психологическа или кризисна подкрепа.",
  "check.court-steps-without-psychological-support.warning":
    "Тя ще ходи в съда или в полицията като свидетел и не е предложена психологическа или кризисна подкрепа. Предложете такава преди и след това.",
  "check.court-steps-without-psychological-support.met":
    "Предложена е психологическа или кризисна подкрепа успоредно със стъпките ѝ в съда.",
  "check.women-only-services.description":
    "Стъпка за терапия, приют или група за взаимна подкрепа е насочена към доставчик, който в указателя не е отбелязан като само за жени.",
  "check.women-only-services.warning":
    "Тази стъпка за терапия, приют или група за взаимна подкрепа е при доставчик, който не е само за жени. Проверете с нея дали това е, което иска, или я насочете към услуга само за жени.",
  "check.women-only-services.met": "Тази стъпка е при услуга само за жени.",
};
