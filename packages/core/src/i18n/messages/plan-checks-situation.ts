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
