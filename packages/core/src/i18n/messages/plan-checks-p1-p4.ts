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

export const el: MessagesOf<typeof en> = {
  "check.no-conditions-on-support.description":
    "Η υποστήριξη εξαρτάται από τη συνεργασία με τις αρχές, από την επίσημη αναγνώριση ή από την εγκατάλειψη της πορνείας.",
  "check.no-conditions-on-support.met": "Η υποστήριξή της δεν συνδέεται με κανέναν όρο.",
  "check.no-conditions-on-support.cooperation":
    "Η υποστήριξή της εξαρτάται από τη συνεργασία με την αστυνομία ή την εισαγγελία. Η βοήθεια δεν πρέπει ποτέ να εξαρτάται από αυτό· αφαιρέστε τον όρο.",
  "check.no-conditions-on-support.leavingProstitution":
    "Η υποστήριξή της εξαρτάται από την εγκατάλειψη της πορνείας. Η βοήθεια δεν πρέπει ποτέ να εξαρτάται από αυτό· αφαιρέστε τον όρο.",
  "check.no-conditions-on-support.identification":
    "Η υποστήριξή της εξαρτάται από την επίσημη αναγνώριση. Αρκούν εύλογες ενδείξεις· αφαιρέστε τον όρο.",
  "check.no-conditions-on-support.other":
    "Η υποστήριξή της συνδέεται με έναν όρο. Ελέγξτε τον και αφαιρέστε τον: η βοήθεια είναι χωρίς όρους.",
  "check.support-ended-by-funding.description": "Η υπόθεση έκλεισε επειδή έληξε η χρηματοδότηση.",
  "check.support-ended-by-funding.gap":
    "Η υποστήριξη σταμάτησε επειδή τελείωσε η χρηματοδότηση, όχι επειδή επιτεύχθηκαν οι στόχοι της. Καταγράψτε το για την επανεξέταση του προγράμματος.",
  "check.first-service-timely.description":
    "Δεν έχει ξεκινήσει ακόμη καμία υπηρεσία και έχουν περάσει περισσότερες ημέρες από την πρώτη επαφή απ' όσες ορίζει το ρυθμισμένο διάστημα.",
  "check.first-service-timely.met": "Έχει ξεκινήσει μια πρώτη υπηρεσία.",
  "check.first-service-timely.info":
    "Η πρώτη επαφή ήταν πριν από {{days}} ημέρες· στόχος είναι να ξεκινήσει μια πρώτη υπηρεσία εντός {{limit}} ημερών.",
  "check.first-service-timely.warning":
    "Η πρώτη επαφή ήταν πριν από {{days}} ημέρες και δεν έχει ξεκινήσει ακόμη καμία υπηρεσία.",
  "check.overdue-actions.description": "Μια προγραμματισμένη ή τρέχουσα δράση έχει ξεπεράσει την προθεσμία της.",
  "check.overdue-actions.warning":
    "Αυτή η δράση είχε προθεσμία στις {{dueDate}} και καθυστερεί {{days}} ημέρες. Συμφωνήστε μαζί της νέα ημερομηνία ή καταγράψτε τι εμποδίζει.",
  "check.blocked-actions.description": "Μια δράση εμποδίζεται από ένα εμπόδιο.",
  "check.blocked-actions.warning":
    "Αυτή η δράση είναι μπλοκαρισμένη. Καταγράψτε τι θα άρει το εμπόδιο και ποιος μπορεί να ενεργήσει.",
  "check.legal-status-without-legal-action.description":
    "Το νομικό της καθεστώς δεν είναι ασφαλές (περίοδος περίσκεψης, άσυλο, χωρίς έγγραφα ή άλλο) και το σχέδιο δεν έχει νομική δράση.",
  "check.legal-status-without-legal-action.met":
    "Το σχέδιο περιλαμβάνει νομική υποστήριξη για το εκκρεμές καθεστώς της.",
  "check.legal-status-without-legal-action.gap":
    "Το νομικό της καθεστώς δεν είναι ακόμη ασφαλές και το σχέδιο δεν έχει νομική υποστήριξη. Προτείνετε δωρεάν νομική εκπροσώπηση.",
  "check.legal-needs-assessment-timely.description":
    "Δεν έχει γίνει αξιολόγηση νομικών αναγκών εντός του ρυθμισμένου αριθμού ημερών μετά την πρώτη επαφή (προεπιλογή 14).",
  "check.legal-needs-assessment-timely.met": "Η αξιολόγηση νομικών αναγκών έχει γίνει.",
  "check.legal-needs-assessment-timely.info":
    "Η πρώτη επαφή ήταν πριν από {{days}} ημέρες· προγραμματίστε την αξιολόγηση νομικών αναγκών εντός {{limit}} ημερών.",
  "check.legal-needs-assessment-timely.warning":
    "Η αξιολόγηση νομικών αναγκών είναι προγραμματισμένη αλλά δεν έχει γίνει, {{days}} ημέρες μετά την πρώτη επαφή (στόχος: {{limit}} ημέρες).",
  "check.legal-needs-assessment-timely.gap":
    "Δεν υπάρχει αξιολόγηση νομικών αναγκών {{days}} ημέρες μετά την πρώτη επαφή (στόχος: {{limit}} ημέρες).",
  "check.reflection-period-ending.description":
    "Βρίσκεται σε περίοδο περίσκεψης και λείπει η ημερομηνία λήξης της, ή λήγει εντός του ρυθμισμένου διαστήματος προειδοποίησης χωρίς προγραμματισμένη υποστήριξη απόφασης, ή έχει ήδη λήξει.",
  "check.reflection-period-ending.met":
    "Το σχέδιο περιλαμβάνει υποστήριξη απόφασης για την περίοδο περίσκεψης (λήγει στις {{endDate}}).",
  "check.reflection-period-ending.gap":
    "Η περίοδος περίσκεψής της λήγει στις {{endDate}}, σε {{days}} ημέρες. Προγραμματίστε υποστήριξη ώστε να αποφασίσει με τον δικό της ρυθμό.",
  "check.reflection-period-ending.info": "Η περίοδος περίσκεψής της λήγει στις {{endDate}}, σε {{days}} ημέρες.",
  "check.reflection-period-ending.noEndDate":
    "Βρίσκεται σε περίοδο περίσκεψης αλλά η ημερομηνία λήξης της δεν έχει καταγραφεί. Προσθέστε την ώστε να μη χαθεί η προθεσμία.",
  "check.reflection-period-ending.ended":
    "Η περίοδος περίσκεψής της έληξε στις {{endDate}}, πριν από {{days}} ημέρες. Ελέγξτε το νομικό της καθεστώς με δικηγόρο.",
  "check.third-country-permit-action.description":
    "Είναι υπήκοος τρίτης χώρας χωρίς άδεια διαμονής και το σχέδιο δεν έχει δράση για άδεια ή άσυλο.",
  "check.third-country-permit-action.met": "Το σχέδιο περιλαμβάνει αίτηση για άδεια ή άσυλο.",
  "check.third-country-permit-action.gap":
    "Δεν έχει ακόμη άδεια διαμονής και το σχέδιο δεν έχει αίτηση για άδεια ή άσυλο.",
  "check.identification-refused.description":
    "Η αναγνώρισή της ως θύματος απορρίφθηκε ή εκκρεμεί προσφυγή και δεν έχει προγραμματιστεί δωρεάν νομική εκπροσώπηση.",
  "check.identification-refused.met": "Υπάρχει δωρεάν νομική εκπροσώπηση για την απόφαση αναγνώρισης.",
  "check.identification-refused.gap":
    "Η αναγνώρισή της απορρίφθηκε ή εκκρεμεί προσφυγή. Προτείνετε δωρεάν νομική εκπροσώπηση· η υποστήριξή της συνεχίζεται σε κάθε περίπτωση.",
  "check.rights-information.description":
    "Το σχέδιο δεν έχει δράση για την ενημέρωσή της σχετικά με τα δικαιώματά της.",
  "check.rights-information.met": "Έχει ενημερωθεί ή θα ενημερωθεί για τα δικαιώματά της.",
  "check.rights-information.warning":
    "Προγραμματίστε την ενημέρωσή της για τα δικαιώματά της, σε γλώσσα που καταλαβαίνει.",
  "check.interpreter-for-legal-work.description": "Χρειάζεται διερμηνέα και δεν έχει κλειστεί κανένας.",
  "check.interpreter-for-legal-work.met": "Έχει κλειστεί διερμηνέας ή πολιτισμικός/-ή διαμεσολαβητής/-τρια.",
  "check.interpreter-for-legal-work.gap":
    "Χρειάζεται διερμηνέα και δεν έχει κλειστεί κανένας. Οι νομικές και άλλες συζητήσεις χρειάζονται γλώσσα που καταλαβαίνει.",
  "check.plm-goal-present.description": "Το σχέδιο έχει στόχους, αλλά κανέναν σε ψυχοκοινωνικό ή νομικό τομέα (PLM).",
  "check.plm-goal-present.met": "Το σχέδιο έχει τουλάχιστον έναν ψυχοκοινωνικό ή νομικό στόχο (PLM).",
  "check.plm-goal-present.warning":
    "Το σχέδιο δεν έχει νομικό, ψυχολογικό, ιατρικό ή στεγαστικό στόχο. Μιλήστε μαζί της για την ψυχοκοινωνική και νομική πλευρά.",
  "check.mother-without-childcare.description":
    "Ένα παιδί αρκετά μικρό ώστε να χρειάζεται φροντίδα ζει μαζί της και το σχέδιο δεν έχει θέση φροντίδας παιδιών.",
  "check.mother-without-childcare.met": "Το σχέδιο περιλαμβάνει φροντίδα παιδιών.",
  "check.mother-without-childcare.gap":
    "{{count}} μικρό(ά) παιδί(ά) ζει(ουν) μαζί της και το σχέδιο δεν έχει θέση φροντίδας παιδιών. Προτείνετε μία.",
  "check.pregnant-without-antenatal-care.description":
    "Είναι έγκυος και δεν έχει προγραμματιστεί προγεννητική φροντίδα.",
  "check.pregnant-without-antenatal-care.met": "Το σχέδιο περιλαμβάνει προγεννητική φροντίδα.",
  "check.pregnant-without-antenatal-care.gap": "Είναι έγκυος και το σχέδιο δεν έχει προγεννητική φροντίδα.",
  "check.childcare-before-training-or-work.description":
    "Έχει παιδιά και βρίσκεται σε (ή σχεδιάζει) κατάρτιση ή εργασία, και δεν έχει κανονιστεί θέση φροντίδας παιδιών.",
  "check.childcare-before-training-or-work.met": "Μια θέση φροντίδας παιδιών στηρίζει την κατάρτιση ή την εργασία της.",
  "check.childcare-before-training-or-work.gap":
    "Βρίσκεται σε κατάρτιση ή εργασία, ή τη σχεδιάζει, και δεν έχει ακόμη θέση φροντίδας παιδιών.",
  "check.child-needs-assessment.description":
    "Έχει παιδιά ή είναι έγκυος και δεν έχει προγραμματιστεί αξιολόγηση αναγκών παιδιών.",
  "check.child-needs-assessment.met": "Το σχέδιο περιλαμβάνει αξιολόγηση αναγκών παιδιών.",
  "check.child-needs-assessment.warning": "Προγραμματίστε μαζί της μια αξιολόγηση αναγκών παιδιών.",
  "check.accommodation-single-sex.description": "Η διαμονή της δεν είναι μόνο για γυναίκες.",
  "check.accommodation-single-sex.met": "Η διαμονή της είναι μόνο για γυναίκες.",
  "check.accommodation-single-sex.gap":
    "Η διαμονή της δεν είναι μόνο για γυναίκες. Η ασφαλής στέγαση μόνο για γυναίκες είναι προϋπόθεση.",
  "check.accommodation-single-sex.gapHousing":
    "Εκεί που μένει τώρα δεν είναι ασφαλής στέγαση μόνο για γυναίκες. Η ασφαλής στέγαση μόνο για γυναίκες είναι προϋπόθεση: βρείτε της μια θέση.",
  "check.accommodation-rated-safe.description": "Δεν κρίνει τη διαμονή της ασφαλή ή δεν έχει ερωτηθεί.",
  "check.accommodation-rated-safe.met": "Κρίνει τη διαμονή της ασφαλή.",
  "check.accommodation-rated-safe.gap": "Δεν νιώθει ασφαλής εκεί που μένει. Επανεξετάστε μαζί της τη στέγασή της.",
  "check.accommodation-rated-safe.notAsked": "Ρωτήστε την αν νιώθει ασφαλής εκεί που μένει.",
  "check.accommodation-need-without-action.description":
    "Η ανάγκη της για στέγαση είναι υψηλή ή επείγουσα και το σχέδιο δεν έχει δράση στέγασης.",
  "check.accommodation-need-without-action.met": "Το σχέδιο περιλαμβάνει διαμονή.",
  "check.accommodation-need-without-action.gap":
    "Η ανάγκη της για στέγαση είναι υψηλή ή επείγουσα και το σχέδιο δεν έχει διαμονή. Προτείνετε μια ασφαλή θέση μόνο για γυναίκες.",
};

export const es: MessagesOf<typeof en> = {
  "check.no-conditions-on-support.description":
    "El apoyo se condiciona a colaborar con las autoridades, a la identificación formal o a abandonar la prostitución.",
  "check.no-conditions-on-support.met": "Su apoyo no está sujeto a ninguna condición.",
  "check.no-conditions-on-support.cooperation":
    "Su apoyo depende de que colabore con la policía o la fiscalía. La ayuda nunca debe depender de esto; elimine la condición.",
  "check.no-conditions-on-support.leavingProstitution":
    "Su apoyo depende de que abandone la prostitución. La ayuda nunca debe depender de esto; elimine la condición.",
  "check.no-conditions-on-support.identification":
    "Su apoyo depende de la identificación formal. Basta con indicios razonables; elimine la condición.",
  "check.no-conditions-on-support.other":
    "Su apoyo está sujeto a una condición. Revísela y elimínela: la ayuda es incondicional.",
  "check.support-ended-by-funding.description": "El caso se cerró porque terminó la financiación.",
  "check.support-ended-by-funding.gap":
    "El apoyo terminó porque se acabó la financiación, no porque alcanzara sus objetivos. Regístrelo para la revisión del programa.",
  "check.first-service-timely.description":
    "Todavía no ha empezado ningún servicio y han pasado más días desde el primer contacto que el plazo configurado.",
  "check.first-service-timely.met": "Ha empezado un primer servicio.",
  "check.first-service-timely.info":
    "El primer contacto fue hace {{days}} días; procure empezar un primer servicio en {{limit}} días.",
  "check.first-service-timely.warning":
    "El primer contacto fue hace {{days}} días y todavía no ha empezado ningún servicio.",
  "check.overdue-actions.description": "Una acción prevista o en curso ha superado su fecha límite.",
  "check.overdue-actions.warning":
    "Esta acción vencía el {{dueDate}} y lleva {{days}} días de retraso. Acuerde una nueva fecha con ella o registre qué lo impide.",
  "check.blocked-actions.description": "Un obstáculo bloquea una acción.",
  "check.blocked-actions.warning":
    "Esta acción está bloqueada. Registre qué eliminaría el obstáculo y quién puede actuar.",
  "check.legal-status-without-legal-action.description":
    "Su situación jurídica no es segura (periodo de reflexión, asilo, situación irregular u otra) y el plan no tiene ninguna acción jurídica.",
  "check.legal-status-without-legal-action.met": "El plan incluye apoyo jurídico para su situación no resuelta.",
  "check.legal-status-without-legal-action.gap":
    "Su situación jurídica aún no es segura y el plan no tiene apoyo jurídico. Ofrezca asistencia jurídica gratuita.",
  "check.legal-needs-assessment-timely.description":
    "No se ha hecho ninguna valoración de necesidades jurídicas dentro del número de días configurado tras el primer contacto (14 por defecto).",
  "check.legal-needs-assessment-timely.met": "La valoración de necesidades jurídicas está hecha.",
  "check.legal-needs-assessment-timely.info":
    "El primer contacto fue hace {{days}} días; prevea la valoración de necesidades jurídicas en {{limit}} días.",
  "check.legal-needs-assessment-timely.warning":
    "La valoración de necesidades jurídicas está prevista pero no hecha, {{days}} días después del primer contacto (objetivo: {{limit}} días).",
  "check.legal-needs-assessment-timely.gap":
    "No hay valoración de necesidades jurídicas {{days}} días después del primer contacto (objetivo: {{limit}} días).",
  "check.reflection-period-ending.description":
    "Está en periodo de reflexión y falta su fecha de fin, termina dentro del plazo de aviso configurado sin apoyo para decidir previsto, o ya ha terminado.",
  "check.reflection-period-ending.met":
    "El plan incluye apoyo para decidir durante el periodo de reflexión (termina el {{endDate}}).",
  "check.reflection-period-ending.gap":
    "Su periodo de reflexión termina el {{endDate}}, dentro de {{days}} días. Prevea apoyo para que pueda decidir a su ritmo.",
  "check.reflection-period-ending.info": "Su periodo de reflexión termina el {{endDate}}, dentro de {{days}} días.",
  "check.reflection-period-ending.noEndDate":
    "Está en periodo de reflexión, pero su fecha de fin no está registrada. Añádala para no pasar el plazo.",
  "check.reflection-period-ending.ended":
    "Su periodo de reflexión terminó el {{endDate}}, hace {{days}} días. Revise su situación jurídica con una abogada o un abogado.",
  "check.third-country-permit-action.description":
    "Es nacional de un tercer país sin autorización de residencia y el plan no tiene ninguna acción de autorización o asilo.",
  "check.third-country-permit-action.met": "El plan incluye una solicitud de autorización o de asilo.",
  "check.third-country-permit-action.gap":
    "Aún no tiene autorización de residencia y el plan no tiene ninguna solicitud de autorización o de asilo.",
  "check.identification-refused.description":
    "Se denegó su identificación como víctima o está recurrida y no hay asistencia jurídica gratuita prevista.",
  "check.identification-refused.met": "Hay asistencia jurídica gratuita para la decisión sobre la identificación.",
  "check.identification-refused.gap":
    "Su identificación se denegó o está recurrida. Ofrezca asistencia jurídica gratuita; su apoyo continúa en cualquier caso.",
  "check.rights-information.description": "El plan no tiene ninguna acción para informarla sobre sus derechos.",
  "check.rights-information.met": "Se la ha informado o se la informará sobre sus derechos.",
  "check.rights-information.warning": "Prevea informarla sobre sus derechos, en un idioma que entienda.",
  "check.interpreter-for-legal-work.description": "Necesita intérprete y no hay interpretación reservada.",
  "check.interpreter-for-legal-work.met": "Se ha reservado intérprete o mediación intercultural.",
  "check.interpreter-for-legal-work.gap":
    "Necesita intérprete y no hay interpretación reservada. Las conversaciones jurídicas y de otro tipo necesitan un idioma que entienda.",
  "check.plm-goal-present.description":
    "El plan tiene objetivos, pero ninguno en un ámbito psicosocial o jurídico (PLM).",
  "check.plm-goal-present.met": "El plan tiene al menos un objetivo psicosocial o jurídico (PLM).",
  "check.plm-goal-present.warning":
    "El plan no tiene ningún objetivo jurídico, psicológico, médico o de alojamiento. Hable con ella sobre la parte psicosocial y jurídica.",
  "check.mother-without-childcare.description":
    "Vive con ella una hija o un hijo lo bastante pequeño para necesitar cuidados y el plan no tiene plaza de cuidado infantil.",
  "check.mother-without-childcare.met": "El plan incluye cuidado infantil.",
  "check.mother-without-childcare.gap":
    "Viven con ella {{count}} hija(s) o hijo(s) pequeños y el plan no tiene plaza de cuidado infantil. Ofrézcale una.",
  "check.pregnant-without-antenatal-care.description": "Está embarazada y no hay atención prenatal prevista.",
  "check.pregnant-without-antenatal-care.met": "El plan incluye atención prenatal.",
  "check.pregnant-without-antenatal-care.gap": "Está embarazada y el plan no tiene atención prenatal.",
  "check.childcare-before-training-or-work.description":
    "Tiene hijas o hijos y está en (o prevé) una formación o un empleo, y no hay plaza de cuidado infantil organizada.",
  "check.childcare-before-training-or-work.met": "Una plaza de cuidado infantil respalda su formación o su empleo.",
  "check.childcare-before-training-or-work.gap":
    "Está en una formación o un empleo, o lo prevé, y aún no tiene plaza de cuidado infantil.",
  "check.child-needs-assessment.description":
    "Tiene hijas o hijos o está embarazada y no hay valoración de sus necesidades prevista.",
  "check.child-needs-assessment.met": "El plan incluye una valoración de las necesidades de las hijas e hijos.",
  "check.child-needs-assessment.warning": "Prevea con ella una valoración de las necesidades de sus hijas e hijos.",
  "check.accommodation-single-sex.description": "Su alojamiento no es solo para mujeres.",
  "check.accommodation-single-sex.met": "Su alojamiento es solo para mujeres.",
  "check.accommodation-single-sex.gap":
    "Su alojamiento no es solo para mujeres. Un alojamiento seguro y solo para mujeres es un requisito previo.",
  "check.accommodation-single-sex.gapHousing":
    "Donde vive ahora no es un alojamiento seguro y solo para mujeres. Es un requisito previo: búsquele una plaza.",
  "check.accommodation-rated-safe.description": "No valora su alojamiento como seguro, o no se le ha preguntado.",
  "check.accommodation-rated-safe.met": "Valora su alojamiento como seguro.",
  "check.accommodation-rated-safe.gap": "No se siente segura donde vive. Revise su alojamiento con ella.",
  "check.accommodation-rated-safe.notAsked": "Pregúntele si se siente segura donde vive.",
  "check.accommodation-need-without-action.description":
    "Su necesidad de alojamiento es alta o urgente y el plan no tiene ninguna acción de alojamiento.",
  "check.accommodation-need-without-action.met": "El plan incluye alojamiento.",
  "check.accommodation-need-without-action.gap":
    "Su necesidad de alojamiento es alta o urgente y el plan no tiene alojamiento. Ofrezca una plaza segura y solo para mujeres.",
};

export const fr: MessagesOf<typeof en> = {
  "check.no-conditions-on-support.description":
    "Le soutien est conditionné à la coopération avec les autorités, à l'identification formelle ou à la sortie de la prostitution.",
  "check.no-conditions-on-support.met": "Aucune condition n'est attachée à son accompagnement.",
  "check.no-conditions-on-support.cooperation":
    "Son accompagnement dépend de sa coopération avec la police ou le parquet. L'aide ne doit jamais en dépendre : supprimez cette condition.",
  "check.no-conditions-on-support.leavingProstitution":
    "Son accompagnement dépend de sa sortie de la prostitution. L'aide ne doit jamais en dépendre : supprimez cette condition.",
  "check.no-conditions-on-support.identification":
    "Son accompagnement dépend d'une identification formelle. Des motifs raisonnables suffisent : supprimez cette condition.",
  "check.no-conditions-on-support.other":
    "Une condition est attachée à son accompagnement. Vérifiez-la et supprimez-la : l'aide est inconditionnelle.",
  "check.support-ended-by-funding.description": "Le dossier a été clôturé parce que le financement a pris fin.",
  "check.support-ended-by-funding.gap":
    "L'accompagnement a pris fin faute de financement, et non parce que ses objectifs étaient atteints. Consignez-le pour le bilan du programme.",
  "check.first-service-timely.description":
    "Aucune prestation n'a encore commencé, et plus de jours se sont écoulés depuis le premier contact que le délai configuré.",
  "check.first-service-timely.met": "Une première prestation a commencé.",
  "check.first-service-timely.info":
    "Le premier contact remonte à {{days}} jours ; visez le début d'une première prestation dans les {{limit}} jours.",
  "check.first-service-timely.warning":
    "Le premier contact remonte à {{days}} jours et aucune prestation n'a encore commencé.",
  "check.overdue-actions.description": "Une action prévue ou en cours a dépassé son échéance.",
  "check.overdue-actions.warning":
    "Cette action était prévue pour le {{dueDate}} et a {{days}} jours de retard. Convenez d'une nouvelle date avec elle ou notez ce qui fait obstacle.",
  "check.blocked-actions.description": "Une action est bloquée par un obstacle.",
  "check.blocked-actions.warning": "Cette action est bloquée. Notez ce qui lèverait l'obstacle et qui peut agir.",
  "check.legal-status-without-legal-action.description":
    "Son statut juridique n'est pas sûr (délai de réflexion, asile, sans papiers ou autre) et le plan ne comporte aucune action juridique.",
  "check.legal-status-without-legal-action.met":
    "Un soutien juridique est prévu dans le plan pour son statut non réglé.",
  "check.legal-status-without-legal-action.gap":
    "Son statut juridique n'est pas encore sûr et le plan ne prévoit aucun soutien juridique. Proposez une représentation juridique gratuite.",
  "check.legal-needs-assessment-timely.description":
    "Aucune évaluation des besoins juridiques n'a été faite dans le nombre de jours configuré après le premier contact (14 par défaut).",
  "check.legal-needs-assessment-timely.met": "L'évaluation des besoins juridiques est faite.",
  "check.legal-needs-assessment-timely.info":
    "Le premier contact remonte à {{days}} jours ; prévoyez l'évaluation des besoins juridiques dans les {{limit}} jours.",
  "check.legal-needs-assessment-timely.warning":
    "L'évaluation des besoins juridiques est prévue mais pas faite, {{days}} jours après le premier contact (objectif : {{limit}} jours).",
  "check.legal-needs-assessment-timely.gap":
    "Il n'y a pas d'évaluation des besoins juridiques {{days}} jours après le premier contact (objectif : {{limit}} jours).",
  "check.reflection-period-ending.description":
    "Elle est en délai de réflexion et la date de fin manque, ou il se termine dans la fenêtre d'alerte configurée sans accompagnement à la décision prévu, ou il est déjà terminé.",
  "check.reflection-period-ending.met":
    "L'accompagnement à la décision pendant le délai de réflexion (fin le {{endDate}}) est prévu dans le plan.",
  "check.reflection-period-ending.gap":
    "Son délai de réflexion se termine le {{endDate}}, dans {{days}} jours. Prévoyez un accompagnement pour qu'elle puisse décider à son rythme.",
  "check.reflection-period-ending.info": "Son délai de réflexion se termine le {{endDate}}, dans {{days}} jours.",
  "check.reflection-period-ending.noEndDate":
    "Elle est en délai de réflexion mais la date de fin n'est pas enregistrée. Ajoutez-la pour ne pas manquer l'échéance.",
  "check.reflection-period-ending.ended":
    "Son délai de réflexion s'est terminé le {{endDate}}, il y a {{days}} jours. Vérifiez son statut juridique avec un·e avocat·e.",
  "check.third-country-permit-action.description":
    "Elle est ressortissante d'un pays tiers sans titre de séjour et le plan ne comporte aucune action de titre de séjour ou d'asile.",
  "check.third-country-permit-action.met": "Une demande de titre de séjour ou d'asile est prévue dans le plan.",
  "check.third-country-permit-action.gap":
    "Elle n'a pas encore de titre de séjour et le plan ne comporte aucune demande de titre ou d'asile.",
  "check.identification-refused.description":
    "Son identification comme victime a été refusée ou fait l'objet d'un recours, et aucune représentation juridique gratuite n'est prévue.",
  "check.identification-refused.met":
    "Une représentation juridique gratuite est en place pour la décision d'identification.",
  "check.identification-refused.gap":
    "Son identification a été refusée ou fait l'objet d'un recours. Proposez une représentation juridique gratuite ; son accompagnement continue dans tous les cas.",
  "check.rights-information.description": "Le plan ne comporte aucune action pour l'informer de ses droits.",
  "check.rights-information.met": "Elle a été ou sera informée de ses droits.",
  "check.rights-information.warning": "Prévoyez de l'informer de ses droits, dans une langue qu'elle comprend.",
  "check.interpreter-for-legal-work.description": "Elle a besoin d'un·e interprète et aucun·e n'est réservé·e.",
  "check.interpreter-for-legal-work.met": "Un·e interprète ou un·e médiateur·rice culturel·le est réservé·e.",
  "check.interpreter-for-legal-work.gap":
    "Elle a besoin d'un·e interprète et aucun·e n'est réservé·e. Les entretiens juridiques et autres exigent une langue qu'elle comprend.",
  "check.plm-goal-present.description":
    "Le plan a des objectifs, mais aucun dans un domaine psycho-social ou juridique (PLM).",
  "check.plm-goal-present.met": "Le plan a au moins un objectif psycho-social ou juridique (PLM).",
  "check.plm-goal-present.warning":
    "Le plan n'a aucun objectif juridique, psychologique, médical ou d'hébergement. Parlez avec elle du volet psycho-social et juridique.",
  "check.mother-without-childcare.description":
    "Un enfant assez jeune pour avoir besoin d'une garde vit avec elle et le plan ne prévoit aucune place en mode de garde.",
  "check.mother-without-childcare.met": "Un mode de garde est prévu dans le plan.",
  "check.mother-without-childcare.gap":
    "{{count}} jeune(s) enfant(s) vivent avec elle et le plan ne prévoit aucune place en mode de garde. Proposez-en une.",
  "check.pregnant-without-antenatal-care.description": "Elle est enceinte et aucun suivi de grossesse n'est prévu.",
  "check.pregnant-without-antenatal-care.met": "Le suivi de grossesse est prévu dans le plan.",
  "check.pregnant-without-antenatal-care.gap": "Elle est enceinte et le plan ne prévoit aucun suivi de grossesse.",
  "check.childcare-before-training-or-work.description":
    "Elle a des enfants et suit (ou prévoit) une formation ou un emploi, et aucune place en mode de garde n'est organisée.",
  "check.childcare-before-training-or-work.met": "Une place en mode de garde soutient sa formation ou son emploi.",
  "check.childcare-before-training-or-work.gap":
    "Elle est en formation ou en emploi, ou le prévoit, et n'a pas encore de place en mode de garde.",
  "check.child-needs-assessment.description":
    "Elle a des enfants ou est enceinte et aucune évaluation des besoins de l'enfant n'est prévue.",
  "check.child-needs-assessment.met": "Une évaluation des besoins de l'enfant est prévue dans le plan.",
  "check.child-needs-assessment.warning": "Prévoyez avec elle une évaluation des besoins de l'enfant.",
  "check.accommodation-single-sex.description": "Son hébergement n'est pas non mixte.",
  "check.accommodation-single-sex.met": "Son hébergement est non mixte.",
  "check.accommodation-single-sex.gap":
    "Son hébergement n'est pas non mixte. Un hébergement sûr, réservé aux femmes, est une condition préalable.",
  "check.accommodation-single-sex.gapHousing":
    "Là où elle vit maintenant n'est pas un hébergement sûr réservé aux femmes. Un hébergement sûr, réservé aux femmes, est une condition préalable : trouvez-lui une place.",
  "check.accommodation-rated-safe.description":
    "Elle ne juge pas son hébergement sûr, ou la question ne lui a pas été posée.",
  "check.accommodation-rated-safe.met": "Elle juge son hébergement sûr.",
  "check.accommodation-rated-safe.gap":
    "Elle ne se sent pas en sécurité là où elle vit. Réexaminez son hébergement avec elle.",
  "check.accommodation-rated-safe.notAsked": "Demandez-lui si elle se sent en sécurité là où elle vit.",
  "check.accommodation-need-without-action.description":
    "Son besoin d'hébergement est élevé ou urgent et le plan ne comporte aucune action d'hébergement.",
  "check.accommodation-need-without-action.met": "L'hébergement est prévu dans le plan.",
  "check.accommodation-need-without-action.gap":
    "Son besoin d'hébergement est élevé ou urgent et le plan ne prévoit pas d'hébergement. Proposez une place sûre, réservée aux femmes.",
};

export const ro: MessagesOf<typeof en> = {
  "check.no-conditions-on-support.description":
    "Sprijinul este condiționat de cooperarea cu autoritățile, de identificarea formală sau de renunțarea la prostituție.",
  "check.no-conditions-on-support.met": "Sprijinul ei nu este legat de nicio condiție.",
  "check.no-conditions-on-support.cooperation":
    "Sprijinul ei depinde de cooperarea cu poliția sau cu parchetul. Ajutorul nu trebuie să depindă niciodată de aceasta; eliminați condiția.",
  "check.no-conditions-on-support.leavingProstitution":
    "Sprijinul ei depinde de renunțarea la prostituție. Ajutorul nu trebuie să depindă niciodată de aceasta; eliminați condiția.",
  "check.no-conditions-on-support.identification":
    "Sprijinul ei depinde de identificarea formală. Motivele rezonabile sunt suficiente; eliminați condiția.",
  "check.no-conditions-on-support.other":
    "Sprijinul ei este legat de o condiție. Verificați-o și eliminați-o: ajutorul este necondiționat.",
  "check.support-ended-by-funding.description": "Cazul a fost închis pentru că finanțarea s-a încheiat.",
  "check.support-ended-by-funding.gap":
    "Sprijinul s-a încheiat pentru că s-a terminat finanțarea, nu pentru că obiectivele ei au fost atinse. Înregistrați acest lucru pentru evaluarea programului.",
  "check.first-service-timely.description":
    "Niciun serviciu nu a început încă și de la primul contact au trecut mai multe zile decât intervalul configurat.",
  "check.first-service-timely.met": "Un prim serviciu a început.",
  "check.first-service-timely.info":
    "Primul contact a fost acum {{days}} zile; urmăriți să începeți un prim serviciu în {{limit}} zile.",
  "check.first-service-timely.warning":
    "Primul contact a fost acum {{days}} zile și niciun serviciu nu a început încă.",
  "check.overdue-actions.description": "O acțiune planificată sau în curs și-a depășit termenul.",
  "check.overdue-actions.warning":
    "Această acțiune avea termen {{dueDate}} și este întârziată cu {{days}} zile. Stabiliți cu ea o nouă dată sau notați ce o împiedică.",
  "check.blocked-actions.description": "O acțiune este blocată de un obstacol.",
  "check.blocked-actions.warning":
    "Această acțiune este blocată. Notați ce ar elimina obstacolul și cine poate acționa.",
  "check.legal-status-without-legal-action.description":
    "Statutul ei juridic nu este sigur (perioadă de reflecție, azil, fără documente sau altul) și planul nu are nicio acțiune juridică.",
  "check.legal-status-without-legal-action.met": "Sprijinul juridic pentru statutul ei nerezolvat este în plan.",
  "check.legal-status-without-legal-action.gap":
    "Statutul ei juridic nu este încă sigur și planul nu are sprijin juridic. Oferiți reprezentare juridică gratuită.",
  "check.legal-needs-assessment-timely.description":
    "Nu s-a făcut nicio evaluare a nevoilor juridice în numărul configurat de zile după primul contact (implicit 14).",
  "check.legal-needs-assessment-timely.met": "Evaluarea nevoilor juridice este făcută.",
  "check.legal-needs-assessment-timely.info":
    "Primul contact a fost acum {{days}} zile; planificați evaluarea nevoilor juridice în {{limit}} zile.",
  "check.legal-needs-assessment-timely.warning":
    "Evaluarea nevoilor juridice este planificată, dar nu este făcută, la {{days}} zile după primul contact (țintă: {{limit}} zile).",
  "check.legal-needs-assessment-timely.gap":
    "Nu există o evaluare a nevoilor juridice la {{days}} zile după primul contact (țintă: {{limit}} zile).",
  "check.reflection-period-ending.description":
    "Ea se află în perioada de reflecție și data de încheiere lipsește, perioada se încheie în intervalul de avertizare configurat fără sprijin planificat pentru decizie sau s-a încheiat deja.",
  "check.reflection-period-ending.met":
    "Sprijinul pentru decizie în perioada de reflecție (se încheie pe {{endDate}}) este în plan.",
  "check.reflection-period-ending.gap":
    "Perioada ei de reflecție se încheie pe {{endDate}}, peste {{days}} zile. Planificați sprijin ca ea să poată decide în ritmul ei.",
  "check.reflection-period-ending.info": "Perioada ei de reflecție se încheie pe {{endDate}}, peste {{days}} zile.",
  "check.reflection-period-ending.noEndDate":
    "Ea se află în perioada de reflecție, dar data de încheiere nu este înregistrată. Adăugați-o ca termenul să nu fie ratat.",
  "check.reflection-period-ending.ended":
    "Perioada ei de reflecție s-a încheiat pe {{endDate}}, acum {{days}} zile. Verificați statutul ei juridic cu un avocat.",
  "check.third-country-permit-action.description":
    "Ea este resortisantă a unei țări terțe fără permis de ședere și planul nu are nicio acțiune privind permisul sau azilul.",
  "check.third-country-permit-action.met": "O cerere de permis sau de azil este în plan.",
  "check.third-country-permit-action.gap":
    "Ea nu are încă permis de ședere și planul nu are nicio cerere de permis sau de azil.",
  "check.identification-refused.description":
    "Identificarea ei ca victimă a fost refuzată sau este contestată și nu este planificată reprezentare juridică gratuită.",
  "check.identification-refused.met": "Reprezentarea juridică gratuită pentru decizia de identificare este asigurată.",
  "check.identification-refused.gap":
    "Identificarea ei a fost refuzată sau este contestată. Oferiți reprezentare juridică gratuită; sprijinul ei continuă în orice caz.",
  "check.rights-information.description":
    "Planul nu are nicio acțiune prin care să fie informată despre drepturile ei.",
  "check.rights-information.met": "Ea a fost sau va fi informată despre drepturile ei.",
  "check.rights-information.warning": "Planificați informarea ei despre drepturi, într-o limbă pe care o înțelege.",
  "check.interpreter-for-legal-work.description": "Ea are nevoie de un interpret și niciunul nu este rezervat.",
  "check.interpreter-for-legal-work.met": "Un interpret sau un mediator cultural este rezervat.",
  "check.interpreter-for-legal-work.gap":
    "Ea are nevoie de un interpret și niciunul nu este rezervat. Discuțiile juridice și celelalte au nevoie de o limbă pe care o înțelege.",
  "check.plm-goal-present.description":
    "Planul are obiective, dar niciunul într-un domeniu psiho-social sau juridic (PLM).",
  "check.plm-goal-present.met": "Planul are cel puțin un obiectiv psiho-social sau juridic (PLM).",
  "check.plm-goal-present.warning":
    "Planul nu are niciun obiectiv juridic, psihologic, medical sau de locuire. Discutați cu ea despre latura psiho-socială și juridică.",
  "check.mother-without-childcare.description":
    "Un copil suficient de mic pentru a avea nevoie de îngrijire locuiește cu ea și planul nu are un loc de îngrijire pentru copii.",
  "check.mother-without-childcare.met": "Îngrijirea copiilor este în plan.",
  "check.mother-without-childcare.gap":
    "{{count}} copil/copii mic(i) locuiesc cu ea și planul nu are un loc de îngrijire pentru copii. Oferiți-i unul.",
  "check.pregnant-without-antenatal-care.description":
    "Ea este însărcinată și nu este planificată îngrijire prenatală.",
  "check.pregnant-without-antenatal-care.met": "Îngrijirea prenatală este în plan.",
  "check.pregnant-without-antenatal-care.gap": "Ea este însărcinată și planul nu are îngrijire prenatală.",
  "check.childcare-before-training-or-work.description":
    "Ea are copii și urmează (sau planifică) o formare sau un loc de muncă, iar niciun loc de îngrijire pentru copii nu este organizat.",
  "check.childcare-before-training-or-work.met": "Un loc de îngrijire pentru copii îi sprijină formarea sau munca.",
  "check.childcare-before-training-or-work.gap":
    "Ea urmează o formare sau lucrează ori planifică acest lucru și nu are încă un loc de îngrijire pentru copii.",
  "check.child-needs-assessment.description":
    "Ea are copii sau este însărcinată și nu este planificată o evaluare a nevoilor copiilor.",
  "check.child-needs-assessment.met": "O evaluare a nevoilor copiilor este în plan.",
  "check.child-needs-assessment.warning": "Planificați împreună cu ea o evaluare a nevoilor copiilor.",
  "check.accommodation-single-sex.description": "Locuința ei nu este exclusiv pentru femei.",
  "check.accommodation-single-sex.met": "Locuința ei este exclusiv pentru femei.",
  "check.accommodation-single-sex.gap":
    "Locuința ei nu este exclusiv pentru femei. O locuință sigură, doar pentru femei, este o condiție prealabilă.",
  "check.accommodation-single-sex.gapHousing":
    "Locul în care locuiește acum nu este o locuință sigură, doar pentru femei. O locuință sigură, doar pentru femei, este o condiție prealabilă: găsiți-i un loc.",
  "check.accommodation-rated-safe.description": "Ea nu își consideră locuința sigură sau nu a fost întrebată.",
  "check.accommodation-rated-safe.met": "Ea își consideră locuința sigură.",
  "check.accommodation-rated-safe.gap":
    "Ea nu se simte în siguranță acolo unde locuiește. Reanalizați împreună cu ea situația locuinței.",
  "check.accommodation-rated-safe.notAsked": "Întrebați-o dacă se simte în siguranță acolo unde locuiește.",
  "check.accommodation-need-without-action.description":
    "Nevoia ei de locuință este ridicată sau urgentă și planul nu are nicio acțiune privind locuința.",
  "check.accommodation-need-without-action.met": "Locuința este în plan.",
  "check.accommodation-need-without-action.gap":
    "Nevoia ei de locuință este ridicată sau urgentă și planul nu are o locuință. Oferiți-i un loc sigur, doar pentru femei.",
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
