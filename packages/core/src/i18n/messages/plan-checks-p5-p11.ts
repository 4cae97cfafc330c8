import type { MessagesOf } from "../message-types.ts";

/** Plan-check messages for principles 5–11 (see plan-checks-p1-p4.ts for the conventions). */
export const en = {
  "check.therapy-need-without-support.description":
    "Her need for psychological support is high or urgent and the plan has no therapy action.",
  "check.therapy-need-without-support.met": "Psychological support is in the plan.",
  "check.therapy-need-without-support.gap":
    "Her need for psychological support is high or urgent and none is planned. Offer trauma therapy or crisis support.",
  "check.psychological-assessment-offered.description":
    "She has not been offered a psychological assessment or therapy.",
  "check.psychological-assessment-offered.met": "A psychological assessment or therapy has been offered.",
  "check.psychological-assessment-offered.gap": "Offer her a psychological assessment. Taking it up is her choice.",
  "check.health-check-offered.description": "She has not been offered a health check.",
  "check.health-check-offered.met": "A health check has been offered.",
  "check.health-check-offered.gap": "Offer her a health check, and help her get there if she wants.",
  "check.sexual-health-screening-offered.description":
    "She has not been offered sexual and reproductive health screening.",
  "check.sexual-health-screening-offered.met": "Sexual and reproductive health screening has been offered.",
  "check.sexual-health-screening-offered.warning":
    "Offer her sexual and reproductive health screening. Taking it up is her choice.",
  "check.medical-need-without-action.description":
    "Her medical need is high or urgent and the plan has no medical action.",
  "check.medical-need-without-action.met": "Medical support is in the plan.",
  "check.medical-need-without-action.gap":
    "Her medical need is high or urgent and no medical support is planned. Help her register with a doctor.",
  "check.language-support.description":
    "She needs an interpreter or has a language need, and there is no language course in the plan.",
  "check.language-support.met": "A language course is in the plan.",
  "check.language-support.gap": "Language is a barrier and the plan has no language course. Offer one.",
  "check.training-need-without-action.description":
    "Her need for training or work is high or urgent and the plan has no training or employment action.",
  "check.training-need-without-action.met": "Training or work support is in the plan.",
  "check.training-need-without-action.gap":
    "Training or work matters a lot to her and the plan has no step towards it. Offer vocational training.",
  "check.eem-goal-present.description": "The plan has goals, but none on economic empowerment (EEM).",
  "check.eem-goal-present.met": "The plan has at least one economic-empowerment (EEM) goal.",
  "check.eem-goal-present.warning":
    "The plan has no goal on language, training, work, money or childcare. Talk with her about economic independence.",
  "check.safety-review-due.description":
    "Her safety plan or risk assessment is missing or was last reviewed longer ago than the configured interval (default 90 days).",
  "check.safety-review-due.met": "Her safety plan was reviewed on {{lastDate}}.",
  "check.safety-review-due.missing": "There is no safety plan yet. Make one with her.",
  "check.safety-review-due.overdue":
    "Her safety plan was last reviewed on {{lastDate}}, {{days}} days ago. Review the risks with her.",
  "check.digital-safety-for-high-risk.description":
    "Her risk assessment says she is controlled through technology, or her risk is critical, and no digital-safety check is planned.",
  "check.digital-safety-for-high-risk.met": "Digital safety is in the plan.",
  "check.digital-safety-for-high-risk.warning":
    "Someone may track her through her phone or accounts. Check with her whether they are safe.",
  "check.disclosure-consent.description":
    "Her data was shared with someone without her recorded consent (a gap when shared with police, prosecution or immigration).",
  "check.disclosure-consent.met": "All {{count}} disclosures of her data have her consent.",
  "check.disclosure-consent.authority":
    "On {{date}} her data was shared with an authority (police, prosecution or immigration) without her recorded consent.",
  "check.disclosure-consent.other": "On {{date}} her data was shared without her recorded consent.",
  "check.caseworker-continuity.description": "Her caseworker changed more often than the configured limit (default 2).",
  "check.caseworker-continuity.met": "Her caseworker changed {{count}} times (limit {{limit}}).",
  "check.caseworker-continuity.warning":
    "Her caseworker changed {{count}} times (limit {{limit}}). Plan for continuity.",
  "check.plan-has-goals.description": "The plan has no goals.",
  "check.plan-has-goals.met": "The plan has {{count}} goals.",
  "check.plan-has-goals.gap": "The plan has no goals yet. Ask her what she wants to achieve.",
  "check.goals-in-her-own-words.description": "A goal is not written in her own words.",
  "check.goals-in-her-own-words.met": "All goals are in her own words.",
  "check.goals-in-her-own-words.warning":
    "This goal is not in her own words. Write it down with her, the way she says it.",
  "check.plan-agreed-by-her.description":
    "She has not agreed to the plan (a gap once the plan is submitted or approved).",
  "check.plan-agreed-by-her.met": "She agreed to the plan on {{date}}.",
  "check.plan-agreed-by-her.gap": "The plan was submitted or approved without her agreement. Go through it with her.",
  "check.plan-agreed-by-her.info": "Go through the draft with her and record her agreement.",
  "check.complaints-route-offered.description": "No one has told her how to complain about the service.",
  "check.complaints-route-offered.met": "She has been told how to complain about the service.",
  "check.complaints-route-offered.warning":
    "No one has told her how to complain about the service yet. Explain the complaints route to her, in her language.",
  "check.plan-review-due.description":
    "The plan has not been reviewed within the configured interval (default 90 days).",
  "check.plan-review-due.met": "The plan was reviewed on {{lastDate}}.",
  "check.plan-review-due.never":
    "The plan has not been reviewed since first contact on {{lastDate}}, {{days}} days ago. Review it with her.",
  "check.plan-review-due.overdue": "The plan was last reviewed on {{lastDate}}, {{days}} days ago. Review it with her.",
  "check.peer-group-offered.description": "She has not been offered a peer support group.",
  "check.peer-group-offered.met": "A peer support group has been offered.",
  "check.peer-group-offered.warning": "Offer her a women's peer support group. Joining is her choice.",
} as const;

export const de: MessagesOf<typeof en> = {
  "check.therapy-need-without-support.description":
    "Ihr Bedarf an psychologischer Unterstützung ist hoch oder dringend, und der Plan enthält keine Therapie.",
  "check.therapy-need-without-support.met": "Psychologische Unterstützung ist im Plan.",
  "check.therapy-need-without-support.gap":
    "Ihr Bedarf an psychologischer Unterstützung ist hoch oder dringend, und keine ist geplant. Bieten Sie Traumatherapie oder Krisenhilfe an.",
  "check.psychological-assessment-offered.description":
    "Ihr wurde keine psychologische Abklärung oder Therapie angeboten.",
  "check.psychological-assessment-offered.met": "Eine psychologische Abklärung oder Therapie wurde angeboten.",
  "check.psychological-assessment-offered.gap":
    "Bieten Sie ihr eine psychologische Abklärung an. Ob sie sie annimmt, entscheidet sie.",
  "check.health-check-offered.description": "Ihr wurde keine Gesundheitsuntersuchung angeboten.",
  "check.health-check-offered.met": "Eine Gesundheitsuntersuchung wurde angeboten.",
  "check.health-check-offered.gap":
    "Bieten Sie ihr eine Gesundheitsuntersuchung an und begleiten Sie sie, wenn sie möchte.",
  "check.sexual-health-screening-offered.description":
    "Ihr wurde keine Untersuchung zur sexuellen und reproduktiven Gesundheit angeboten.",
  "check.sexual-health-screening-offered.met":
    "Eine Untersuchung zur sexuellen und reproduktiven Gesundheit wurde angeboten.",
  "check.sexual-health-screening-offered.warning":
    "Bieten Sie ihr eine Untersuchung zur sexuellen und reproduktiven Gesundheit an. Ob sie sie annimmt, entscheidet sie.",
  "check.medical-need-without-action.description":
    "Ihr medizinischer Bedarf ist hoch oder dringend, und der Plan enthält keine medizinische Maßnahme.",
  "check.medical-need-without-action.met": "Medizinische Unterstützung ist im Plan.",
  "check.medical-need-without-action.gap":
    "Ihr medizinischer Bedarf ist hoch oder dringend, und keine medizinische Unterstützung ist geplant. Helfen Sie ihr, sich bei einer Ärztin oder einem Arzt anzumelden.",
  "check.language-support.description":
    "Sie braucht eine Dolmetscherin oder hat Sprachbedarf, und der Plan enthält keinen Sprachkurs.",
  "check.language-support.met": "Ein Sprachkurs ist im Plan.",
  "check.language-support.gap": "Sprache ist eine Hürde, und der Plan enthält keinen Sprachkurs. Bieten Sie einen an.",
  "check.training-need-without-action.description":
    "Ihr Bedarf an Ausbildung oder Arbeit ist hoch oder dringend, und der Plan enthält keine Maßnahme dazu.",
  "check.training-need-without-action.met": "Unterstützung bei Ausbildung oder Arbeit ist im Plan.",
  "check.training-need-without-action.gap":
    "Ausbildung oder Arbeit ist ihr sehr wichtig, und der Plan enthält keinen Schritt dorthin. Bieten Sie eine berufliche Ausbildung an.",
  "check.eem-goal-present.description": "Der Plan hat Ziele, aber keines zur wirtschaftlichen Selbstständigkeit (EEM).",
  "check.eem-goal-present.met": "Der Plan hat mindestens ein Ziel zur wirtschaftlichen Selbstständigkeit (EEM).",
  "check.eem-goal-present.warning":
    "Der Plan hat kein Ziel zu Sprache, Ausbildung, Arbeit, Geld oder Kinderbetreuung. Sprechen Sie mit ihr über wirtschaftliche Unabhängigkeit.",
  "check.safety-review-due.description":
    "Ihr Sicherheitsplan oder ihre Risikoeinschätzung fehlt oder wurde länger als vorgesehen (Standard 90 Tage) nicht überprüft.",
  "check.safety-review-due.met": "Ihr Sicherheitsplan wurde am {{lastDate}} überprüft.",
  "check.safety-review-due.missing": "Es gibt noch keinen Sicherheitsplan. Erstellen Sie ihn gemeinsam mit ihr.",
  "check.safety-review-due.overdue":
    "Ihr Sicherheitsplan wurde zuletzt am {{lastDate}} überprüft, vor {{days}} Tagen. Besprechen Sie die Risiken mit ihr.",
  "check.digital-safety-for-high-risk.description":
    "Laut Risikoeinschätzung wird sie über Technik kontrolliert oder ihr Risiko ist kritisch, und keine Prüfung der digitalen Sicherheit ist geplant.",
  "check.digital-safety-for-high-risk.met": "Digitale Sicherheit ist im Plan.",
  "check.digital-safety-for-high-risk.warning":
    "Jemand könnte sie über Telefon oder Konten verfolgen. Prüfen Sie mit ihr, ob sie sicher sind.",
  "check.disclosure-consent.description":
    "Ihre Daten wurden ohne ihre dokumentierte Einwilligung weitergegeben (eine Lücke bei Polizei, Staatsanwaltschaft oder Ausländerbehörde).",
  "check.disclosure-consent.met": "Alle {{count}} Weitergaben ihrer Daten erfolgten mit ihrer Einwilligung.",
  "check.disclosure-consent.authority":
    "Am {{date}} wurden ihre Daten ohne ihre dokumentierte Einwilligung an eine Behörde (Polizei, Staatsanwaltschaft oder Ausländerbehörde) weitergegeben.",
  "check.disclosure-consent.other": "Am {{date}} wurden ihre Daten ohne ihre dokumentierte Einwilligung weitergegeben.",
  "check.caseworker-continuity.description":
    "Ihre Fallbegleiterin hat häufiger gewechselt als vorgesehen (Standard 2).",
  "check.caseworker-continuity.met": "Ihre Fallbegleiterin hat {{count}}-mal gewechselt (Grenze {{limit}}).",
  "check.caseworker-continuity.warning":
    "Ihre Fallbegleiterin hat {{count}}-mal gewechselt (Grenze {{limit}}). Sorgen Sie für Kontinuität.",
  "check.plan-has-goals.description": "Der Plan hat keine Ziele.",
  "check.plan-has-goals.met": "Der Plan hat {{count}} Ziele.",
  "check.plan-has-goals.gap": "Der Plan hat noch keine Ziele. Fragen Sie sie, was sie erreichen möchte.",
  "check.goals-in-her-own-words.description": "Ein Ziel ist nicht in ihren eigenen Worten formuliert.",
  "check.goals-in-her-own-words.met": "Alle Ziele sind in ihren eigenen Worten formuliert.",
  "check.goals-in-her-own-words.warning":
    "Dieses Ziel ist nicht in ihren eigenen Worten. Schreiben Sie es mit ihr so auf, wie sie es sagt.",
  "check.plan-agreed-by-her.description":
    "Sie hat dem Plan nicht zugestimmt (eine Lücke, sobald der Plan eingereicht oder genehmigt ist).",
  "check.plan-agreed-by-her.met": "Sie hat dem Plan am {{date}} zugestimmt.",
  "check.plan-agreed-by-her.gap":
    "Der Plan wurde ohne ihre Zustimmung eingereicht oder genehmigt. Gehen Sie ihn mit ihr durch.",
  "check.plan-agreed-by-her.info": "Gehen Sie den Entwurf mit ihr durch und halten Sie ihre Zustimmung fest.",
  "check.complaints-route-offered.description":
    "Niemand hat ihr erklärt, wie sie sich über den Dienst beschweren kann.",
  "check.complaints-route-offered.met": "Ihr wurde erklärt, wie sie sich über den Dienst beschweren kann.",
  "check.complaints-route-offered.warning":
    "Niemand hat ihr bisher erklärt, wie sie sich über den Dienst beschweren kann. Erklären Sie ihr den Beschwerdeweg in ihrer Sprache.",
  "check.plan-review-due.description":
    "Der Plan wurde nicht innerhalb des vorgesehenen Abstands (Standard 90 Tage) überprüft.",
  "check.plan-review-due.met": "Der Plan wurde am {{lastDate}} überprüft.",
  "check.plan-review-due.never":
    "Der Plan wurde seit dem Erstkontakt am {{lastDate}}, vor {{days}} Tagen, nicht überprüft. Überprüfen Sie ihn mit ihr.",
  "check.plan-review-due.overdue":
    "Der Plan wurde zuletzt am {{lastDate}} überprüft, vor {{days}} Tagen. Überprüfen Sie ihn mit ihr.",
  "check.peer-group-offered.description": "Ihr wurde keine Peer-Gruppe angeboten.",
  "check.peer-group-offered.met": "Eine Peer-Gruppe wurde angeboten.",
  "check.peer-group-offered.warning":
    "Bieten Sie ihr eine Peer-Gruppe für Frauen an. Ob sie teilnimmt, entscheidet sie.",
};

export const it: MessagesOf<typeof en> = {
  "check.therapy-need-without-support.description":
    "Il suo bisogno di sostegno psicologico è alto o urgente e il piano non prevede una terapia.",
  "check.therapy-need-without-support.met": "Il piano prevede sostegno psicologico.",
  "check.therapy-need-without-support.gap":
    "Il suo bisogno di sostegno psicologico è alto o urgente e non è previsto alcun sostegno. Offri una terapia del trauma o un sostegno in crisi.",
  "check.psychological-assessment-offered.description":
    "Non le è stata offerta una valutazione psicologica o una terapia.",
  "check.psychological-assessment-offered.met": "Le è stata offerta una valutazione psicologica o una terapia.",
  "check.psychological-assessment-offered.gap": "Offrile una valutazione psicologica. Accettarla è una sua scelta.",
  "check.health-check-offered.description": "Non le è stato offerto un controllo di salute.",
  "check.health-check-offered.met": "Le è stato offerto un controllo di salute.",
  "check.health-check-offered.gap": "Offrile un controllo di salute e accompagnala, se lo desidera.",
  "check.sexual-health-screening-offered.description":
    "Non le è stato offerto uno screening di salute sessuale e riproduttiva.",
  "check.sexual-health-screening-offered.met": "Le è stato offerto uno screening di salute sessuale e riproduttiva.",
  "check.sexual-health-screening-offered.warning":
    "Offrile uno screening di salute sessuale e riproduttiva. Accettarlo è una sua scelta.",
  "check.medical-need-without-action.description":
    "Il suo bisogno medico è alto o urgente e il piano non prevede azioni mediche.",
  "check.medical-need-without-action.met": "Il piano prevede sostegno medico.",
  "check.medical-need-without-action.gap":
    "Il suo bisogno medico è alto o urgente e non è previsto sostegno medico. Aiutala a iscriversi presso un medico.",
  "check.language-support.description":
    "Ha bisogno di un'interprete o ha un bisogno linguistico e il piano non prevede un corso di lingua.",
  "check.language-support.met": "Il piano prevede un corso di lingua.",
  "check.language-support.gap": "La lingua è un ostacolo e il piano non prevede un corso di lingua. Offrine uno.",
  "check.training-need-without-action.description":
    "Il suo bisogno di formazione o lavoro è alto o urgente e il piano non prevede azioni di formazione o lavoro.",
  "check.training-need-without-action.met": "Il piano prevede sostegno per formazione o lavoro.",
  "check.training-need-without-action.gap":
    "Formazione o lavoro contano molto per lei e il piano non prevede passi in questa direzione. Offri una formazione professionale.",
  "check.eem-goal-present.description": "Il piano ha obiettivi, ma nessuno sull'autonomia economica (EEM).",
  "check.eem-goal-present.met": "Il piano ha almeno un obiettivo di autonomia economica (EEM).",
  "check.eem-goal-present.warning":
    "Il piano non ha obiettivi su lingua, formazione, lavoro, denaro o cura dei figli. Parla con lei di indipendenza economica.",
  "check.safety-review-due.description":
    "Il suo piano di sicurezza o la valutazione del rischio mancano o non sono stati rivisti entro l'intervallo previsto (di norma 90 giorni).",
  "check.safety-review-due.met": "Il suo piano di sicurezza è stato rivisto il {{lastDate}}.",
  "check.safety-review-due.missing": "Non c'è ancora un piano di sicurezza. Preparalo insieme a lei.",
  "check.safety-review-due.overdue":
    "Il suo piano di sicurezza è stato rivisto l'ultima volta il {{lastDate}}, {{days}} giorni fa. Rivedi i rischi con lei.",
  "check.digital-safety-for-high-risk.description":
    "Secondo la valutazione del rischio è controllata tramite la tecnologia, o il rischio è critico, e non è previsto un controllo della sicurezza digitale.",
  "check.digital-safety-for-high-risk.met": "Il piano prevede la sicurezza digitale.",
  "check.digital-safety-for-high-risk.warning":
    "Qualcuno potrebbe seguirla tramite telefono o account. Verifica con lei se sono sicuri.",
  "check.disclosure-consent.description":
    "I suoi dati sono stati condivisi senza il suo consenso registrato (una lacuna se con polizia, procura o ufficio immigrazione).",
  "check.disclosure-consent.met": "Tutte le {{count}} comunicazioni dei suoi dati hanno il suo consenso.",
  "check.disclosure-consent.authority":
    "Il {{date}} i suoi dati sono stati condivisi con un'autorità (polizia, procura o ufficio immigrazione) senza il suo consenso registrato.",
  "check.disclosure-consent.other": "Il {{date}} i suoi dati sono stati condivisi senza il suo consenso registrato.",
  "check.caseworker-continuity.description":
    "La sua operatrice di riferimento è cambiata più spesso del limite previsto (di norma 2).",
  "check.caseworker-continuity.met": "La sua operatrice di riferimento è cambiata {{count}} volte (limite {{limit}}).",
  "check.caseworker-continuity.warning":
    "La sua operatrice di riferimento è cambiata {{count}} volte (limite {{limit}}). Garantisci continuità.",
  "check.plan-has-goals.description": "Il piano non ha obiettivi.",
  "check.plan-has-goals.met": "Il piano ha {{count}} obiettivi.",
  "check.plan-has-goals.gap": "Il piano non ha ancora obiettivi. Chiedile che cosa desidera raggiungere.",
  "check.goals-in-her-own-words.description": "Un obiettivo non è scritto con le sue parole.",
  "check.goals-in-her-own-words.met": "Tutti gli obiettivi sono scritti con le sue parole.",
  "check.goals-in-her-own-words.warning":
    "Questo obiettivo non è scritto con le sue parole. Scrivilo con lei, come lo dice lei.",
  "check.plan-agreed-by-her.description":
    "Non ha dato il suo accordo al piano (una lacuna quando il piano è inviato o approvato).",
  "check.plan-agreed-by-her.met": "Ha dato il suo accordo al piano il {{date}}.",
  "check.plan-agreed-by-her.gap": "Il piano è stato inviato o approvato senza il suo accordo. Rivedilo con lei.",
  "check.plan-agreed-by-her.info": "Rivedi la bozza con lei e registra il suo accordo.",
  "check.complaints-route-offered.description": "Nessuno le ha spiegato come presentare un reclamo sul servizio.",
  "check.complaints-route-offered.met": "Le è stato spiegato come presentare un reclamo sul servizio.",
  "check.complaints-route-offered.warning":
    "Nessuno le ha ancora spiegato come presentare un reclamo sul servizio. Spiegale la procedura di reclamo, nella sua lingua.",
  "check.plan-review-due.description": "Il piano non è stato rivisto entro l'intervallo previsto (di norma 90 giorni).",
  "check.plan-review-due.met": "Il piano è stato rivisto il {{lastDate}}.",
  "check.plan-review-due.never":
    "Il piano non è stato rivisto dal primo contatto del {{lastDate}}, {{days}} giorni fa. Rivedilo con lei.",
  "check.plan-review-due.overdue":
    "Il piano è stato rivisto l'ultima volta il {{lastDate}}, {{days}} giorni fa. Rivedilo con lei.",
  "check.peer-group-offered.description": "Non le è stato offerto un gruppo di sostegno tra pari.",
  "check.peer-group-offered.met": "Le è stato offerto un gruppo di sostegno tra pari.",
  "check.peer-group-offered.warning": "Offrile un gruppo di sostegno tra pari per donne. Partecipare è una sua scelta.",
};
