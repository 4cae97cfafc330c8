import type { MessagesOf } from "../message-types.ts";

/**
 * Plan-check messages for principles 1–4 (rules in plan-checks/rules). `description` says what
 * triggers a rule (docs and help text); the other keys are findings. Findings speak about the
 * plan and the service, never blame the woman.
 */
export const en = {
  "check.no-conditions-on-support.description":
    "Support is made conditional on cooperating with the authorities, on formal identification or on leaving prostitution.",
  "check.no-conditions-on-support.met": "No conditions are attached to her support.",
  "check.no-conditions-on-support.cooperation":
    "Her support depends on cooperating with police or prosecution. Help must never depend on this; remove the condition.",
  "check.no-conditions-on-support.leavingProstitution":
    "Her support depends on leaving prostitution. Help must never depend on this; remove the condition.",
  "check.no-conditions-on-support.identification":
    "Her support depends on formal identification. Reasonable grounds are enough; remove the condition.",
  "check.no-conditions-on-support.other":
    "A condition is attached to her support. Check it and remove it: help is unconditional.",
  "check.support-ended-by-funding.description": "The case was closed because funding ended.",
  "check.support-ended-by-funding.gap":
    "Support ended because funding ran out, not because her goals were met. Record this for the programme review.",
  "check.first-service-timely.description":
    "No service has started yet, and more days have passed since first contact than the configured window.",
  "check.first-service-timely.met": "A first service has started.",
  "check.first-service-timely.info":
    "First contact was {{days}} days ago; aim to start a first service within {{limit}} days.",
  "check.first-service-timely.warning": "First contact was {{days}} days ago and no service has started yet.",
  "check.overdue-actions.description": "A planned or running action is past its due date.",
  "check.overdue-actions.warning":
    "This action was due on {{dueDate}} and is {{days}} days overdue. Agree a new date with her or record what is in the way.",
  "check.blocked-actions.description": "An action is blocked by a barrier.",
  "check.blocked-actions.warning":
    "This action is blocked. Record what would remove the barrier and who can act on it.",
  "check.legal-status-without-legal-action.description":
    "Her legal status is not secure (reflection period, asylum, undocumented or other) and the plan has no legal action.",
  "check.legal-status-without-legal-action.met": "Legal support is in the plan for her unresolved status.",
  "check.legal-status-without-legal-action.gap":
    "Her legal status is not yet secure and the plan has no legal support. Offer free legal representation.",
  "check.legal-needs-assessment-timely.description":
    "No legal-needs assessment has been done within the configured number of days after first contact (default 14).",
  "check.legal-needs-assessment-timely.met": "The legal-needs assessment is done.",
  "check.legal-needs-assessment-timely.info":
    "First contact was {{days}} days ago; plan the legal-needs assessment within {{limit}} days.",
  "check.legal-needs-assessment-timely.warning":
    "The legal-needs assessment is planned but not done, {{days}} days after first contact (target: {{limit}} days).",
  "check.legal-needs-assessment-timely.gap":
    "There is no legal-needs assessment {{days}} days after first contact (target: {{limit}} days).",
  "check.reflection-period-ending.description":
    "She is in a reflection period and its end date is missing, it ends within the configured warning window with no decision support planned, or it has already ended.",
  "check.reflection-period-ending.met": "Decision support for the reflection period (ends {{endDate}}) is in the plan.",
  "check.reflection-period-ending.gap":
    "Her reflection period ends on {{endDate}}, in {{days}} days. Plan support so she can decide in her own time.",
  "check.reflection-period-ending.info": "Her reflection period ends on {{endDate}}, in {{days}} days.",
  "check.reflection-period-ending.noEndDate":
    "She is in a reflection period but its end date is not recorded. Add it so the deadline is not missed.",
  "check.reflection-period-ending.ended":
    "Her reflection period ended on {{endDate}}, {{days}} days ago. Check her legal status with a lawyer.",
  "check.third-country-permit-action.description":
    "She is a third-country national without a residence permit and the plan has no permit or asylum action.",
  "check.third-country-permit-action.met": "A permit or asylum application is in the plan.",
  "check.third-country-permit-action.gap":
    "She has no residence permit yet and the plan has no permit or asylum application.",
  "check.identification-refused.description":
    "Her identification as a victim was refused or is under appeal and no free legal representation is planned.",
  "check.identification-refused.met": "Free legal representation is in place for the identification decision.",
  "check.identification-refused.gap":
    "Her identification was refused or is under appeal. Offer free legal representation; her support continues either way.",
  "check.rights-information.description": "The plan has no action to tell her about her rights.",
  "check.rights-information.met": "She has been or will be told about her rights.",
  "check.rights-information.warning": "Plan to tell her about her rights, in a language she understands.",
  "check.interpreter-for-legal-work.description": "She needs an interpreter and none is booked.",
  "check.interpreter-for-legal-work.met": "An interpreter or cultural mediator is booked.",
  "check.interpreter-for-legal-work.gap":
    "She needs an interpreter and none is booked. Legal and other talks need a language she understands.",
  "check.plm-goal-present.description": "The plan has goals, but none in a psycho-social or legal domain (PLM).",
  "check.plm-goal-present.met": "The plan has at least one psycho-social or legal (PLM) goal.",
  "check.plm-goal-present.warning":
    "The plan has no legal, psychological, medical or housing goal. Talk with her about the psycho-social and legal side.",
  "check.mother-without-childcare.description":
    "A child young enough to need care lives with her and the plan has no childcare place.",
  "check.mother-without-childcare.met": "Childcare is in the plan.",
  "check.mother-without-childcare.gap":
    "{{count}} young child(ren) live with her and the plan has no childcare place. Offer one.",
  "check.pregnant-without-antenatal-care.description": "She is pregnant and no antenatal care is planned.",
  "check.pregnant-without-antenatal-care.met": "Antenatal care is in the plan.",
  "check.pregnant-without-antenatal-care.gap": "She is pregnant and the plan has no antenatal care.",
  "check.childcare-before-training-or-work.description":
    "She has children and is in (or planning) training or work, and no childcare place is arranged.",
  "check.childcare-before-training-or-work.met": "A childcare place supports her training or work.",
  "check.childcare-before-training-or-work.gap":
    "She is in training or work, or planning it, and has no childcare place yet.",
  "check.child-needs-assessment.description":
    "She has children or is pregnant and no child-needs assessment is planned.",
  "check.child-needs-assessment.met": "A child-needs assessment is in the plan.",
  "check.child-needs-assessment.warning": "Plan a child-needs assessment with her.",
  "check.accommodation-single-sex.description": "Her accommodation is not single-sex.",
  "check.accommodation-single-sex.met": "Her accommodation is single-sex.",
  "check.accommodation-single-sex.gap":
    "Her accommodation is not single-sex. Safe, women-only housing is a prerequisite.",
  "check.accommodation-single-sex.gapHousing":
    "Where she lives now is not safe, women-only housing. Safe, women-only housing is a prerequisite: find her a place.",
  "check.accommodation-rated-safe.description": "She does not rate her accommodation safe, or has not been asked.",
  "check.accommodation-rated-safe.met": "She rates her accommodation safe.",
  "check.accommodation-rated-safe.gap": "She does not feel safe where she lives. Review her housing with her.",
  "check.accommodation-rated-safe.notAsked": "Ask her whether she feels safe where she lives.",
  "check.accommodation-need-without-action.description":
    "Her housing need is high or urgent and the plan has no accommodation action.",
  "check.accommodation-need-without-action.met": "Accommodation is in the plan.",
  "check.accommodation-need-without-action.gap":
    "Her housing need is high or urgent and the plan has no accommodation. Offer a safe, women-only place.",
} as const;

export const de: MessagesOf<typeof en> = {
  "check.no-conditions-on-support.description":
    "Die Unterstützung hängt von der Zusammenarbeit mit Behörden, einer formellen Identifizierung oder dem Ausstieg aus der Prostitution ab.",
  "check.no-conditions-on-support.met": "Ihre Unterstützung ist an keine Bedingungen geknüpft.",
  "check.no-conditions-on-support.cooperation":
    "Ihre Unterstützung hängt von der Zusammenarbeit mit Polizei oder Staatsanwaltschaft ab. Hilfe darf nie davon abhängen; entfernen Sie die Bedingung.",
  "check.no-conditions-on-support.leavingProstitution":
    "Ihre Unterstützung hängt vom Ausstieg aus der Prostitution ab. Hilfe darf nie davon abhängen; entfernen Sie die Bedingung.",
  "check.no-conditions-on-support.identification":
    "Ihre Unterstützung hängt von einer formellen Identifizierung ab. Ein begründeter Verdacht reicht aus; entfernen Sie die Bedingung.",
  "check.no-conditions-on-support.other":
    "Ihre Unterstützung ist an eine Bedingung geknüpft. Prüfen und entfernen Sie sie: Hilfe ist bedingungslos.",
  "check.support-ended-by-funding.description": "Der Fall wurde abgeschlossen, weil die Finanzierung endete.",
  "check.support-ended-by-funding.gap":
    "Die Unterstützung endete, weil die Finanzierung auslief, nicht weil ihre Ziele erreicht waren. Halten Sie das für die Programmauswertung fest.",
  "check.first-service-timely.description":
    "Noch keine Leistung hat begonnen, und seit dem Erstkontakt sind mehr Tage vergangen als vorgesehen.",
  "check.first-service-timely.met": "Eine erste Leistung hat begonnen.",
  "check.first-service-timely.info":
    "Der Erstkontakt war vor {{days}} Tagen; eine erste Leistung sollte innerhalb von {{limit}} Tagen beginnen.",
  "check.first-service-timely.warning": "Der Erstkontakt war vor {{days}} Tagen, und noch keine Leistung hat begonnen.",
  "check.overdue-actions.description": "Eine geplante oder laufende Maßnahme ist über ihrem Fälligkeitsdatum.",
  "check.overdue-actions.warning":
    "Diese Maßnahme war am {{dueDate}} fällig und ist {{days}} Tage überfällig. Vereinbaren Sie mit ihr einen neuen Termin oder halten Sie fest, was im Weg steht.",
  "check.blocked-actions.description": "Eine Maßnahme ist durch eine Hürde blockiert.",
  "check.blocked-actions.warning":
    "Diese Maßnahme ist blockiert. Halten Sie fest, was die Hürde beseitigen würde und wer handeln kann.",
  "check.legal-status-without-legal-action.description":
    "Ihr Aufenthaltsstatus ist nicht gesichert (Bedenkzeit, Asyl, ohne Papiere oder anderes), und der Plan enthält keine rechtliche Maßnahme.",
  "check.legal-status-without-legal-action.met": "Rechtliche Unterstützung für ihren ungeklärten Status ist im Plan.",
  "check.legal-status-without-legal-action.gap":
    "Ihr Aufenthaltsstatus ist noch nicht gesichert, und der Plan enthält keine rechtliche Unterstützung. Bieten Sie kostenlose rechtliche Vertretung an.",
  "check.legal-needs-assessment-timely.description":
    "Innerhalb der vorgesehenen Tage nach dem Erstkontakt (Standard 14) wurde keine rechtliche Bedarfsklärung durchgeführt.",
  "check.legal-needs-assessment-timely.met": "Die rechtliche Bedarfsklärung ist erfolgt.",
  "check.legal-needs-assessment-timely.info":
    "Der Erstkontakt war vor {{days}} Tagen; planen Sie die rechtliche Bedarfsklärung innerhalb von {{limit}} Tagen.",
  "check.legal-needs-assessment-timely.warning":
    "Die rechtliche Bedarfsklärung ist geplant, aber {{days}} Tage nach dem Erstkontakt noch nicht erfolgt (Ziel: {{limit}} Tage).",
  "check.legal-needs-assessment-timely.gap":
    "{{days}} Tage nach dem Erstkontakt gibt es keine rechtliche Bedarfsklärung (Ziel: {{limit}} Tage).",
  "check.reflection-period-ending.description":
    "Sie ist in der Bedenkzeit, und deren Ende fehlt, sie endet innerhalb der Warnfrist ohne geplante Entscheidungsbegleitung, oder sie ist bereits abgelaufen.",
  "check.reflection-period-ending.met":
    "Begleitung für die Entscheidung in der Bedenkzeit (endet am {{endDate}}) ist im Plan.",
  "check.reflection-period-ending.gap":
    "Ihre Bedenkzeit endet am {{endDate}}, in {{days}} Tagen. Planen Sie Begleitung, damit sie in Ruhe entscheiden kann.",
  "check.reflection-period-ending.info": "Ihre Bedenkzeit endet am {{endDate}}, in {{days}} Tagen.",
  "check.reflection-period-ending.noEndDate":
    "Sie ist in der Bedenkzeit, aber deren Ende ist nicht eingetragen. Tragen Sie es ein, damit die Frist nicht verpasst wird.",
  "check.reflection-period-ending.ended":
    "Ihre Bedenkzeit endete am {{endDate}}, vor {{days}} Tagen. Klären Sie ihren Aufenthaltsstatus mit einer Anwältin oder einem Anwalt.",
  "check.third-country-permit-action.description":
    "Sie ist Drittstaatsangehörige ohne Aufenthaltserlaubnis, und der Plan enthält keinen Antrag auf Aufenthalt oder Asyl.",
  "check.third-country-permit-action.met": "Ein Antrag auf Aufenthaltserlaubnis oder Asyl ist im Plan.",
  "check.third-country-permit-action.gap":
    "Sie hat noch keine Aufenthaltserlaubnis, und der Plan enthält keinen Antrag auf Aufenthalt oder Asyl.",
  "check.identification-refused.description":
    "Ihre Identifizierung als Betroffene wurde abgelehnt oder ist im Widerspruch, und keine kostenlose rechtliche Vertretung ist geplant.",
  "check.identification-refused.met":
    "Kostenlose rechtliche Vertretung für die Entscheidung über die Identifizierung ist vorhanden.",
  "check.identification-refused.gap":
    "Ihre Identifizierung wurde abgelehnt oder ist im Widerspruch. Bieten Sie kostenlose rechtliche Vertretung an; ihre Unterstützung geht in jedem Fall weiter.",
  "check.rights-information.description": "Der Plan enthält keine Maßnahme, sie über ihre Rechte zu informieren.",
  "check.rights-information.met": "Sie wurde oder wird über ihre Rechte informiert.",
  "check.rights-information.warning":
    "Planen Sie, sie in einer Sprache, die sie versteht, über ihre Rechte zu informieren.",
  "check.interpreter-for-legal-work.description": "Sie braucht eine Dolmetscherin, und keine ist gebucht.",
  "check.interpreter-for-legal-work.met": "Eine Dolmetscherin oder Kulturmittlerin ist gebucht.",
  "check.interpreter-for-legal-work.gap":
    "Sie braucht eine Dolmetscherin, und keine ist gebucht. Rechtliche und andere Gespräche brauchen eine Sprache, die sie versteht.",
  "check.plm-goal-present.description":
    "Der Plan hat Ziele, aber keines im psychosozialen oder rechtlichen Bereich (PLM).",
  "check.plm-goal-present.met": "Der Plan hat mindestens ein psychosoziales oder rechtliches Ziel (PLM).",
  "check.plm-goal-present.warning":
    "Der Plan hat kein rechtliches, psychologisches, medizinisches oder Wohnziel. Sprechen Sie mit ihr über die psychosoziale und rechtliche Seite.",
  "check.mother-without-childcare.description":
    "Ein betreuungsbedürftiges Kind lebt bei ihr, und der Plan enthält keinen Betreuungsplatz.",
  "check.mother-without-childcare.met": "Kinderbetreuung ist im Plan.",
  "check.mother-without-childcare.gap":
    "{{count}} kleine(s) Kind(er) leben bei ihr, und der Plan enthält keinen Betreuungsplatz. Bieten Sie einen an.",
  "check.pregnant-without-antenatal-care.description":
    "Sie ist schwanger, und keine Schwangerschaftsvorsorge ist geplant.",
  "check.pregnant-without-antenatal-care.met": "Schwangerschaftsvorsorge ist im Plan.",
  "check.pregnant-without-antenatal-care.gap":
    "Sie ist schwanger, und der Plan enthält keine Schwangerschaftsvorsorge.",
  "check.childcare-before-training-or-work.description":
    "Sie hat Kinder, ist in Ausbildung oder Arbeit (oder plant es), und kein Betreuungsplatz ist organisiert.",
  "check.childcare-before-training-or-work.met": "Ein Betreuungsplatz unterstützt ihre Ausbildung oder Arbeit.",
  "check.childcare-before-training-or-work.gap":
    "Sie ist in Ausbildung oder Arbeit oder plant es und hat noch keinen Betreuungsplatz.",
  "check.child-needs-assessment.description":
    "Sie hat Kinder oder ist schwanger, und keine Klärung der Bedarfe der Kinder ist geplant.",
  "check.child-needs-assessment.met": "Eine Klärung der Bedarfe der Kinder ist im Plan.",
  "check.child-needs-assessment.warning": "Planen Sie mit ihr eine Klärung der Bedarfe der Kinder.",
  "check.accommodation-single-sex.description": "Ihre Unterkunft ist nicht nur für Frauen.",
  "check.accommodation-single-sex.met": "Ihre Unterkunft ist nur für Frauen.",
  "check.accommodation-single-sex.gap":
    "Ihre Unterkunft ist nicht nur für Frauen. Sicheres Wohnen nur für Frauen ist eine Grundvoraussetzung.",
  "check.accommodation-single-sex.gapHousing":
    "Wo sie jetzt wohnt, ist kein sicheres Wohnen nur für Frauen. Das ist eine Grundvoraussetzung: Finden Sie einen Platz für sie.",
  "check.accommodation-rated-safe.description":
    "Sie empfindet ihre Unterkunft nicht als sicher, oder sie wurde nicht gefragt.",
  "check.accommodation-rated-safe.met": "Sie empfindet ihre Unterkunft als sicher.",
  "check.accommodation-rated-safe.gap":
    "Sie fühlt sich dort, wo sie wohnt, nicht sicher. Besprechen Sie ihre Wohnsituation mit ihr.",
  "check.accommodation-rated-safe.notAsked": "Fragen Sie sie, ob sie sich dort, wo sie wohnt, sicher fühlt.",
  "check.accommodation-need-without-action.description":
    "Ihr Wohnbedarf ist hoch oder dringend, und der Plan enthält keine Unterkunft.",
  "check.accommodation-need-without-action.met": "Eine Unterkunft ist im Plan.",
  "check.accommodation-need-without-action.gap":
    "Ihr Wohnbedarf ist hoch oder dringend, und der Plan enthält keine Unterkunft. Bieten Sie einen sicheren Platz nur für Frauen an.",
};

export const it: MessagesOf<typeof en> = {
  "check.no-conditions-on-support.description":
    "Il sostegno è condizionato alla collaborazione con le autorità, all'identificazione formale o all'uscita dalla prostituzione.",
  "check.no-conditions-on-support.met": "Il suo sostegno non è legato ad alcuna condizione.",
  "check.no-conditions-on-support.cooperation":
    "Il suo sostegno dipende dalla collaborazione con polizia o procura. L'aiuto non deve mai dipenderne; elimina la condizione.",
  "check.no-conditions-on-support.leavingProstitution":
    "Il suo sostegno dipende dall'uscita dalla prostituzione. L'aiuto non deve mai dipenderne; elimina la condizione.",
  "check.no-conditions-on-support.identification":
    "Il suo sostegno dipende dall'identificazione formale. Bastano fondati motivi; elimina la condizione.",
  "check.no-conditions-on-support.other":
    "Il suo sostegno è legato a una condizione. Verificala ed eliminala: l'aiuto è incondizionato.",
  "check.support-ended-by-funding.description": "Il percorso è stato chiuso perché i finanziamenti sono terminati.",
  "check.support-ended-by-funding.gap":
    "Il sostegno è terminato per mancanza di fondi, non perché i suoi obiettivi erano raggiunti. Registralo per la revisione del programma.",
  "check.first-service-timely.description":
    "Nessun servizio è ancora iniziato e dal primo contatto sono passati più giorni di quelli previsti.",
  "check.first-service-timely.met": "Un primo servizio è iniziato.",
  "check.first-service-timely.info":
    "Il primo contatto è stato {{days}} giorni fa; avvia un primo servizio entro {{limit}} giorni.",
  "check.first-service-timely.warning":
    "Il primo contatto è stato {{days}} giorni fa e nessun servizio è ancora iniziato.",
  "check.overdue-actions.description": "Un'azione prevista o in corso ha superato la scadenza.",
  "check.overdue-actions.warning":
    "Questa azione scadeva il {{dueDate}} ed è in ritardo di {{days}} giorni. Concorda con lei una nuova data o annota che cosa la ostacola.",
  "check.blocked-actions.description": "Un'azione è bloccata da un ostacolo.",
  "check.blocked-actions.warning":
    "Questa azione è bloccata. Annota che cosa eliminerebbe l'ostacolo e chi può intervenire.",
  "check.legal-status-without-legal-action.description":
    "La sua situazione giuridica non è sicura (periodo di riflessione, asilo, senza documenti o altro) e il piano non prevede azioni legali.",
  "check.legal-status-without-legal-action.met":
    "Il piano prevede sostegno legale per la sua situazione non ancora risolta.",
  "check.legal-status-without-legal-action.gap":
    "La sua situazione giuridica non è ancora sicura e il piano non prevede sostegno legale. Offri assistenza legale gratuita.",
  "check.legal-needs-assessment-timely.description":
    "Nei giorni previsti dopo il primo contatto (di norma 14) non è stata fatta una valutazione dei bisogni legali.",
  "check.legal-needs-assessment-timely.met": "La valutazione dei bisogni legali è stata fatta.",
  "check.legal-needs-assessment-timely.info":
    "Il primo contatto è stato {{days}} giorni fa; prevedi la valutazione dei bisogni legali entro {{limit}} giorni.",
  "check.legal-needs-assessment-timely.warning":
    "La valutazione dei bisogni legali è prevista ma non ancora fatta, {{days}} giorni dopo il primo contatto (obiettivo: {{limit}} giorni).",
  "check.legal-needs-assessment-timely.gap":
    "{{days}} giorni dopo il primo contatto non c'è una valutazione dei bisogni legali (obiettivo: {{limit}} giorni).",
  "check.reflection-period-ending.description":
    "È nel periodo di riflessione e la data di fine manca, oppure finisce entro il termine di avviso senza accompagnamento alla decisione, oppure è già finito.",
  "check.reflection-period-ending.met":
    "Il piano prevede accompagnamento alla decisione per il periodo di riflessione (fine: {{endDate}}).",
  "check.reflection-period-ending.gap":
    "Il suo periodo di riflessione finisce il {{endDate}}, tra {{days}} giorni. Prevedi un accompagnamento perché possa decidere con i suoi tempi.",
  "check.reflection-period-ending.info": "Il suo periodo di riflessione finisce il {{endDate}}, tra {{days}} giorni.",
  "check.reflection-period-ending.noEndDate":
    "È nel periodo di riflessione, ma la data di fine non è registrata. Inseriscila perché la scadenza non venga persa.",
  "check.reflection-period-ending.ended":
    "Il suo periodo di riflessione è finito il {{endDate}}, {{days}} giorni fa. Verifica la sua situazione giuridica con un'avvocata o un avvocato.",
  "check.third-country-permit-action.description":
    "È cittadina di un paese terzo senza permesso di soggiorno e il piano non prevede domande di permesso o di asilo.",
  "check.third-country-permit-action.met": "Il piano prevede una domanda di permesso o di asilo.",
  "check.third-country-permit-action.gap":
    "Non ha ancora un permesso di soggiorno e il piano non prevede domande di permesso o di asilo.",
  "check.identification-refused.description":
    "La sua identificazione come vittima è stata respinta o è in ricorso e non è prevista assistenza legale gratuita.",
  "check.identification-refused.met": "C'è assistenza legale gratuita per la decisione sull'identificazione.",
  "check.identification-refused.gap":
    "La sua identificazione è stata respinta o è in ricorso. Offri assistenza legale gratuita; il suo sostegno continua in ogni caso.",
  "check.rights-information.description": "Il piano non prevede di informarla sui suoi diritti.",
  "check.rights-information.met": "È stata o sarà informata sui suoi diritti.",
  "check.rights-information.warning": "Prevedi di informarla sui suoi diritti, in una lingua che comprende.",
  "check.interpreter-for-legal-work.description": "Ha bisogno di un'interprete e non ne è prenotata nessuna.",
  "check.interpreter-for-legal-work.met": "È prenotata un'interprete o una mediatrice culturale.",
  "check.interpreter-for-legal-work.gap":
    "Ha bisogno di un'interprete e non ne è prenotata nessuna. I colloqui legali e gli altri richiedono una lingua che comprende.",
  "check.plm-goal-present.description": "Il piano ha obiettivi, ma nessuno in ambito psicosociale o legale (PLM).",
  "check.plm-goal-present.met": "Il piano ha almeno un obiettivo psicosociale o legale (PLM).",
  "check.plm-goal-present.warning":
    "Il piano non ha obiettivi legali, psicologici, medici o abitativi. Parla con lei dell'aspetto psicosociale e legale.",
  "check.mother-without-childcare.description":
    "Con lei vive un figlio piccolo che ha bisogno di cura e il piano non prevede un posto per l'infanzia.",
  "check.mother-without-childcare.met": "Il piano prevede la cura dei figli.",
  "check.mother-without-childcare.gap":
    "Con lei vivono {{count}} figli piccoli e il piano non prevede un posto per l'infanzia. Offrine uno.",
  "check.pregnant-without-antenatal-care.description": "È incinta e non è prevista assistenza prenatale.",
  "check.pregnant-without-antenatal-care.met": "Il piano prevede assistenza prenatale.",
  "check.pregnant-without-antenatal-care.gap": "È incinta e il piano non prevede assistenza prenatale.",
  "check.childcare-before-training-or-work.description":
    "Ha figli, è in formazione o al lavoro (o lo prevede) e non ha un posto per la cura dei figli.",
  "check.childcare-before-training-or-work.met":
    "Un posto per la cura dei figli sostiene la sua formazione o il suo lavoro.",
  "check.childcare-before-training-or-work.gap":
    "È in formazione o al lavoro, o lo prevede, e non ha ancora un posto per la cura dei figli.",
  "check.child-needs-assessment.description":
    "Ha figli o è incinta e non è prevista una valutazione dei bisogni dei figli.",
  "check.child-needs-assessment.met": "Il piano prevede una valutazione dei bisogni dei figli.",
  "check.child-needs-assessment.warning": "Prevedi con lei una valutazione dei bisogni dei figli.",
  "check.accommodation-single-sex.description": "Il suo alloggio non è riservato alle donne.",
  "check.accommodation-single-sex.met": "Il suo alloggio è riservato alle donne.",
  "check.accommodation-single-sex.gap":
    "Il suo alloggio non è riservato alle donne. Un alloggio sicuro e solo femminile è un requisito essenziale.",
  "check.accommodation-single-sex.gapHousing":
    "Dove vive ora non è un alloggio sicuro e solo femminile. È un requisito essenziale: trovale un posto.",
  "check.accommodation-rated-safe.description": "Non considera sicuro il suo alloggio, oppure non le è stato chiesto.",
  "check.accommodation-rated-safe.met": "Considera sicuro il suo alloggio.",
  "check.accommodation-rated-safe.gap": "Non si sente al sicuro dove vive. Rivedi con lei la sua situazione abitativa.",
  "check.accommodation-rated-safe.notAsked": "Chiedile se si sente al sicuro dove vive.",
  "check.accommodation-need-without-action.description":
    "Il suo bisogno abitativo è alto o urgente e il piano non prevede un alloggio.",
  "check.accommodation-need-without-action.met": "Il piano prevede un alloggio.",
  "check.accommodation-need-without-action.gap":
    "Il suo bisogno abitativo è alto o urgente e il piano non prevede un alloggio. Offri un posto sicuro e solo femminile.",
};

export const bg: MessagesOf<typeof en> = {
  "check.no-conditions-on-support.description":
    "Подкрепата е поставена под условие за сътрудничество с институциите, за официална идентификация или за напускане на проституцията.",
  "check.no-conditions-on-support.met": "Към нейната подкрепа не са поставени условия.",
  "check.no-conditions-on-support.cooperation":
    "Нейната подкрепа зависи от сътрудничество с полицията или прокуратурата. Помощта никога не бива да зависи от това; премахнете условието.",
  "check.no-conditions-on-support.leavingProstitution":
    "Нейната подкрепа зависи от напускане на проституцията. Помощта никога не бива да зависи от това; премахнете условието.",
  "check.no-conditions-on-support.identification":
    "Нейната подкрепа зависи от официална идентификация. Достатъчни са разумни основания; премахнете условието.",
  "check.no-conditions-on-support.other":
    "Към нейната подкрепа е поставено условие. Проверете го и го премахнете: помощта е безусловна.",
  "check.support-ended-by-funding.description": "Случаят е приключен, защото финансирането е приключило.",
  "check.support-ended-by-funding.gap":
    "Подкрепата приключи, защото финансирането свърши, а не защото целите ѝ са постигнати. Запишете това за прегледа на програмата.",
  "check.first-service-timely.description":
    "Все още не е започнала нито една услуга, а от първия контакт са минали повече дни от зададения срок.",
  "check.first-service-timely.met": "Първа услуга е започнала.",
  "check.first-service-timely.info":
    "Първият контакт беше преди {{days}} дни; стремете се да започнете първа услуга в рамките на {{limit}} дни.",
  "check.first-service-timely.warning":
    "Първият контакт беше преди {{days}} дни и все още не е започнала нито една услуга.",
  "check.overdue-actions.description": "Планирано или текущо действие е с изтекъл срок.",
  "check.overdue-actions.warning":
    "Срокът на това действие беше {{dueDate}} и е просрочено с {{days}} дни. Договорете с нея нова дата или запишете какво пречи.",
  "check.blocked-actions.description": "Действие е блокирано от пречка.",
  "check.blocked-actions.warning":
    "Това действие е блокирано. Запишете какво би премахнало пречката и кой може да предприеме нещо.",
  "check.legal-status-without-legal-action.description":
    "Правният ѝ статус не е сигурен (период на размисъл, убежище, без документи или друго) и в плана няма правно действие.",
  "check.legal-status-without-legal-action.met": "Правна подкрепа за неуредения ѝ статус е включена в плана.",
  "check.legal-status-without-legal-action.gap":
    "Правният ѝ статус все още не е сигурен и в плана няма правна подкрепа. Предложете безплатно правно представителство.",
  "check.legal-needs-assessment-timely.description":
    "Не е направена оценка на правните нужди в зададения брой дни след първия контакт (по подразбиране 14).",
  "check.legal-needs-assessment-timely.met": "Оценката на правните нужди е направена.",
  "check.legal-needs-assessment-timely.info":
    "Първият контакт беше преди {{days}} дни; планирайте оценката на правните нужди в рамките на {{limit}} дни.",
  "check.legal-needs-assessment-timely.warning":
    "Оценката на правните нужди е планирана, но не е направена, {{days}} дни след първия контакт (цел: {{limit}} дни).",
  "check.legal-needs-assessment-timely.gap":
    "Няма оценка на правните нужди {{days}} дни след първия контакт (цел: {{limit}} дни).",
  "check.reflection-period-ending.description":
    "Тя е в период на размисъл и крайната му дата липсва, той изтича в зададения срок за предупреждение без планирана подкрепа при вземане на решение или вече е изтекъл.",
  "check.reflection-period-ending.met":
    "Подкрепата при вземане на решение за периода на размисъл (изтича на {{endDate}}) е включена в плана.",
  "check.reflection-period-ending.gap":
    "Периодът ѝ на размисъл изтича на {{endDate}}, след {{days}} дни. Планирайте подкрепа, за да може тя да реши в свое време.",
  "check.reflection-period-ending.info": "Периодът ѝ на размисъл изтича на {{endDate}}, след {{days}} дни.",
  "check.reflection-period-ending.noEndDate":
    "Тя е в период на размисъл, но крайната му дата не е записана. Добавете я, за да не бъде пропуснат срокът.",
  "check.reflection-period-ending.ended":
    "Периодът ѝ на размисъл изтече на {{endDate}}, преди {{days}} дни. Проверете правния ѝ статус с адвокат.",
  "check.third-country-permit-action.description":
    "Тя е гражданка на трета държава без разрешение за пребиваване и в плана няма действие за разрешение или убежище.",
  "check.third-country-permit-action.met": "Заявление за разрешение или за убежище е включено в плана.",
  "check.third-country-permit-action.gap":
    "Тя все още няма разрешение за пребиваване и в плана няма заявление за разрешение или за убежище.",
  "check.identification-refused.description":
    "Идентифицирането ѝ като жертва на трафик е отказано или обжалвано и не е планирано безплатно правно представителство.",
  "check.identification-refused.met": "Осигурено е безплатно правно представителство за решението за идентифициране.",
  "check.identification-refused.gap":
    "Идентифицирането ѝ е отказано или обжалвано. Предложете безплатно правно представителство; подкрепата ѝ продължава и в двата случая.",
  "check.rights-information.description": "В плана няма действие, с което да бъде информирана за правата си.",
  "check.rights-information.met": "Тя е информирана или ще бъде информирана за правата си.",
  "check.rights-information.warning": "Планирайте да я информирате за правата ѝ на език, който тя разбира.",
  "check.interpreter-for-legal-work.description": "Тя има нужда от преводач и няма заявен.",
  "check.interpreter-for-legal-work.met": "Заявен е преводач или културен медиатор.",
  "check.interpreter-for-legal-work.gap":
    "Тя има нужда от преводач и няма заявен. Правните и другите разговори изискват език, който тя разбира.",
  "check.plm-goal-present.description": "Планът има цели, но нито една в психосоциалната или правната област (PLM).",
  "check.plm-goal-present.met": "Планът има поне една психосоциална или правна цел (PLM).",
  "check.plm-goal-present.warning":
    "В плана няма правна, психологическа, медицинска или жилищна цел. Поговорете с нея за психосоциалната и правната страна.",
  "check.mother-without-childcare.description":
    "С нея живее дете, достатъчно малко, за да се нуждае от грижа, а в плана няма място в детско заведение.",
  "check.mother-without-childcare.met": "Грижата за децата е включена в плана.",
  "check.mother-without-childcare.gap":
    "Малки деца, които живеят с нея: {{count}}, а в плана няма място в детско заведение. Предложете такова.",
  "check.pregnant-without-antenatal-care.description":
    "Тя е бременна и не са планирани прегледи по време на бременността.",
  "check.pregnant-without-antenatal-care.met": "Прегледите по време на бременността са включени в плана.",
  "check.pregnant-without-antenatal-care.gap": "Тя е бременна и в плана няма прегледи по време на бременността.",
  "check.childcare-before-training-or-work.description":
    "Тя има деца и е в обучение или на работа (или го планира), а няма уредено място в детско заведение.",
  "check.childcare-before-training-or-work.met": "Място в детско заведение подпомага обучението или работата ѝ.",
  "check.childcare-before-training-or-work.gap":
    "Тя е в обучение или на работа или го планира и все още няма място в детско заведение.",
  "check.child-needs-assessment.description":
    "Тя има деца или е бременна и не е планирана оценка на нуждите на децата.",
  "check.child-needs-assessment.met": "Оценка на нуждите на децата е включена в плана.",
  "check.child-needs-assessment.warning": "Планирайте с нея оценка на нуждите на децата.",
  "check.accommodation-single-sex.description": "Нейното настаняване не е само за жени.",
  "check.accommodation-single-sex.met": "Нейното настаняване е само за жени.",
  "check.accommodation-single-sex.gap":
    "Нейното настаняване не е само за жени. Безопасното жилище само за жени е предпоставка.",
  "check.accommodation-single-sex.gapHousing":
    "Там, където живее сега, не е безопасно жилище само за жени. Безопасното жилище само за жени е предпоставка: намерете ѝ място.",
  "check.accommodation-rated-safe.description": "Тя не оценява настаняването си като безопасно или не е питана.",
  "check.accommodation-rated-safe.met": "Тя оценява настаняването си като безопасно.",
  "check.accommodation-rated-safe.gap":
    "Тя не се чувства в безопасност там, където живее. Прегледайте жилищното ѝ положение заедно с нея.",
  "check.accommodation-rated-safe.notAsked": "Попитайте я дали се чувства в безопасност там, където живее.",
  "check.accommodation-need-without-action.description":
    "Жилищната ѝ нужда е голяма или спешна и в плана няма действие за настаняване.",
  "check.accommodation-need-without-action.met": "Настаняването е включено в плана.",
  "check.accommodation-need-without-action.gap":
    "Жилищната ѝ нужда е голяма или спешна и в плана няма настаняване. Предложете безопасно място само за жени.",
};
