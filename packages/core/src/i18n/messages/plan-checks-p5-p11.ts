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

export const el: MessagesOf<typeof en> = {
  "check.therapy-need-without-support.description":
    "Η ανάγκη της για ψυχολογική υποστήριξη είναι υψηλή ή επείγουσα και το σχέδιο δεν έχει θεραπευτική δράση.",
  "check.therapy-need-without-support.met": "Το σχέδιο περιλαμβάνει ψυχολογική υποστήριξη.",
  "check.therapy-need-without-support.gap":
    "Η ανάγκη της για ψυχολογική υποστήριξη είναι υψηλή ή επείγουσα και δεν έχει προγραμματιστεί καμία. Προτείνετε θεραπεία τραύματος ή υποστήριξη σε κρίση.",
  "check.psychological-assessment-offered.description": "Δεν της έχει προταθεί ψυχολογική αξιολόγηση ή θεραπεία.",
  "check.psychological-assessment-offered.met": "Της έχει προταθεί ψυχολογική αξιολόγηση ή θεραπεία.",
  "check.psychological-assessment-offered.gap":
    "Προτείνετέ της ψυχολογική αξιολόγηση. Το αν θα τη δεχτεί είναι δική της επιλογή.",
  "check.health-check-offered.description": "Δεν της έχει προταθεί ιατρικός έλεγχος.",
  "check.health-check-offered.met": "Της έχει προταθεί ιατρικός έλεγχος.",
  "check.health-check-offered.gap": "Προτείνετέ της ιατρικό έλεγχο και βοηθήστε την να πάει, αν το θέλει.",
  "check.sexual-health-screening-offered.description":
    "Δεν της έχει προταθεί έλεγχος σεξουαλικής και αναπαραγωγικής υγείας.",
  "check.sexual-health-screening-offered.met": "Της έχει προταθεί έλεγχος σεξουαλικής και αναπαραγωγικής υγείας.",
  "check.sexual-health-screening-offered.warning":
    "Προτείνετέ της έλεγχο σεξουαλικής και αναπαραγωγικής υγείας. Το αν θα τον δεχτεί είναι δική της επιλογή.",
  "check.medical-need-without-action.description":
    "Η ιατρική της ανάγκη είναι υψηλή ή επείγουσα και το σχέδιο δεν έχει ιατρική δράση.",
  "check.medical-need-without-action.met": "Το σχέδιο περιλαμβάνει ιατρική υποστήριξη.",
  "check.medical-need-without-action.gap":
    "Η ιατρική της ανάγκη είναι υψηλή ή επείγουσα και δεν έχει προγραμματιστεί ιατρική υποστήριξη. Βοηθήστε την να εγγραφεί σε γιατρό.",
  "check.language-support.description":
    "Χρειάζεται διερμηνέα ή έχει γλωσσική ανάγκη, και το σχέδιο δεν έχει μάθημα γλώσσας.",
  "check.language-support.met": "Το σχέδιο περιλαμβάνει μάθημα γλώσσας.",
  "check.language-support.gap": "Η γλώσσα είναι εμπόδιο και το σχέδιο δεν έχει μάθημα γλώσσας. Προτείνετε ένα.",
  "check.training-need-without-action.description":
    "Η ανάγκη της για κατάρτιση ή εργασία είναι υψηλή ή επείγουσα και το σχέδιο δεν έχει δράση κατάρτισης ή απασχόλησης.",
  "check.training-need-without-action.met": "Το σχέδιο περιλαμβάνει υποστήριξη για κατάρτιση ή εργασία.",
  "check.training-need-without-action.gap":
    "Η κατάρτιση ή η εργασία έχουν μεγάλη σημασία για αυτήν και το σχέδιο δεν έχει κανένα βήμα προς αυτή την κατεύθυνση. Προτείνετε επαγγελματική κατάρτιση.",
  "check.eem-goal-present.description": "Το σχέδιο έχει στόχους, αλλά κανέναν για την οικονομική ενδυνάμωση (EEM).",
  "check.eem-goal-present.met": "Το σχέδιο έχει τουλάχιστον έναν στόχο οικονομικής ενδυνάμωσης (EEM).",
  "check.eem-goal-present.warning":
    "Το σχέδιο δεν έχει στόχο για γλώσσα, κατάρτιση, εργασία, χρήματα ή φροντίδα παιδιών. Μιλήστε μαζί της για την οικονομική ανεξαρτησία.",
  "check.safety-review-due.description":
    "Το σχέδιο ασφάλειας ή η αξιολόγηση κινδύνου της λείπει ή επανεξετάστηκε τελευταία φορά πριν από περισσότερο χρόνο από το ρυθμισμένο διάστημα (προεπιλογή 90 ημέρες).",
  "check.safety-review-due.met": "Το σχέδιο ασφάλειάς της επανεξετάστηκε στις {{lastDate}}.",
  "check.safety-review-due.missing": "Δεν υπάρχει ακόμη σχέδιο ασφάλειας. Φτιάξτε ένα μαζί της.",
  "check.safety-review-due.overdue":
    "Το σχέδιο ασφάλειάς της επανεξετάστηκε τελευταία φορά στις {{lastDate}}, πριν από {{days}} ημέρες. Επανεξετάστε μαζί της τους κινδύνους.",
  "check.digital-safety-for-high-risk.description":
    "Η αξιολόγηση κινδύνου δείχνει ότι ελέγχεται μέσω τεχνολογίας ή ότι ο κίνδυνός της είναι κρίσιμος, και δεν έχει προγραμματιστεί έλεγχος ψηφιακής ασφάλειας.",
  "check.digital-safety-for-high-risk.met": "Το σχέδιο περιλαμβάνει ψηφιακή ασφάλεια.",
  "check.digital-safety-for-high-risk.warning":
    "Κάποιος μπορεί να την παρακολουθεί μέσω του τηλεφώνου ή των λογαριασμών της. Ελέγξτε μαζί της αν είναι ασφαλή.",
  "check.disclosure-consent.description":
    "Τα δεδομένα της κοινοποιήθηκαν σε κάποιον χωρίς καταγεγραμμένη συγκατάθεσή της (κενό όταν κοινοποιούνται στην αστυνομία, στην εισαγγελία ή στις υπηρεσίες μετανάστευσης).",
  "check.disclosure-consent.met": "Και οι {{count}} γνωστοποιήσεις των δεδομένων της έχουν τη συγκατάθεσή της.",
  "check.disclosure-consent.authority":
    "Στις {{date}} τα δεδομένα της κοινοποιήθηκαν σε αρχή (αστυνομία, εισαγγελία ή υπηρεσίες μετανάστευσης) χωρίς καταγεγραμμένη συγκατάθεσή της.",
  "check.disclosure-consent.other":
    "Στις {{date}} τα δεδομένα της κοινοποιήθηκαν χωρίς καταγεγραμμένη συγκατάθεσή της.",
  "check.caseworker-continuity.description":
    "Η κοινωνική λειτουργός της άλλαξε συχνότερα από το ρυθμισμένο όριο (προεπιλογή 2).",
  "check.caseworker-continuity.met": "Η κοινωνική λειτουργός της άλλαξε {{count}} φορές (όριο {{limit}}).",
  "check.caseworker-continuity.warning":
    "Η κοινωνική λειτουργός της άλλαξε {{count}} φορές (όριο {{limit}}). Φροντίστε για τη συνέχεια.",
  "check.plan-has-goals.description": "Το σχέδιο δεν έχει στόχους.",
  "check.plan-has-goals.met": "Το σχέδιο έχει {{count}} στόχους.",
  "check.plan-has-goals.gap": "Το σχέδιο δεν έχει ακόμη στόχους. Ρωτήστε την τι θέλει να πετύχει.",
  "check.goals-in-her-own-words.description": "Ένας στόχος δεν είναι γραμμένος με τα δικά της λόγια.",
  "check.goals-in-her-own-words.met": "Όλοι οι στόχοι είναι με τα δικά της λόγια.",
  "check.goals-in-her-own-words.warning":
    "Αυτός ο στόχος δεν είναι με τα δικά της λόγια. Γράψτε τον μαζί της, όπως τον λέει η ίδια.",
  "check.plan-agreed-by-her.description":
    "Δεν έχει συμφωνήσει με το σχέδιο (κενό όταν το σχέδιο υποβληθεί ή εγκριθεί).",
  "check.plan-agreed-by-her.met": "Συμφώνησε με το σχέδιο στις {{date}}.",
  "check.plan-agreed-by-her.gap": "Το σχέδιο υποβλήθηκε ή εγκρίθηκε χωρίς τη συμφωνία της. Περάστε το μαζί της.",
  "check.plan-agreed-by-her.info": "Περάστε το προσχέδιο μαζί της και καταγράψτε τη συμφωνία της.",
  "check.complaints-route-offered.description":
    "Κανείς δεν την έχει ενημερώσει πώς μπορεί να κάνει παράπονο για την υπηρεσία.",
  "check.complaints-route-offered.met": "Έχει ενημερωθεί πώς μπορεί να κάνει παράπονο για την υπηρεσία.",
  "check.complaints-route-offered.warning":
    "Κανείς δεν την έχει ενημερώσει ακόμη πώς μπορεί να κάνει παράπονο για την υπηρεσία. Εξηγήστε της τη διαδικασία υποβολής παραπόνων, στη γλώσσα της.",
  "check.plan-review-due.description":
    "Το σχέδιο δεν έχει επανεξεταστεί εντός του ρυθμισμένου διαστήματος (προεπιλογή 90 ημέρες).",
  "check.plan-review-due.met": "Το σχέδιο επανεξετάστηκε στις {{lastDate}}.",
  "check.plan-review-due.never":
    "Το σχέδιο δεν έχει επανεξεταστεί από την πρώτη επαφή στις {{lastDate}}, πριν από {{days}} ημέρες. Επανεξετάστε το μαζί της.",
  "check.plan-review-due.overdue":
    "Το σχέδιο επανεξετάστηκε τελευταία φορά στις {{lastDate}}, πριν από {{days}} ημέρες. Επανεξετάστε το μαζί της.",
  "check.peer-group-offered.description": "Δεν της έχει προταθεί ομάδα υποστήριξης ομότιμων.",
  "check.peer-group-offered.met": "Της έχει προταθεί ομάδα υποστήριξης ομότιμων.",
  "check.peer-group-offered.warning":
    "Προτείνετέ της μια ομάδα υποστήριξης ομότιμων γυναικών. Η συμμετοχή είναι δική της επιλογή.",
};

export const es: MessagesOf<typeof en> = {
  "check.therapy-need-without-support.description":
    "Su necesidad de apoyo psicológico es alta o urgente y el plan no tiene ninguna acción de terapia.",
  "check.therapy-need-without-support.met": "El plan incluye apoyo psicológico.",
  "check.therapy-need-without-support.gap":
    "Su necesidad de apoyo psicológico es alta o urgente y no hay ninguno previsto. Ofrezca terapia del trauma o apoyo en crisis.",
  "check.psychological-assessment-offered.description": "No se le ha ofrecido una evaluación psicológica ni terapia.",
  "check.psychological-assessment-offered.met": "Se le ha ofrecido una evaluación psicológica o terapia.",
  "check.psychological-assessment-offered.gap": "Ofrézcale una evaluación psicológica. Aceptarla es decisión suya.",
  "check.health-check-offered.description": "No se le ha ofrecido una revisión de salud.",
  "check.health-check-offered.met": "Se le ha ofrecido una revisión de salud.",
  "check.health-check-offered.gap": "Ofrézcale una revisión de salud y ayúdela a llegar si lo desea.",
  "check.sexual-health-screening-offered.description":
    "No se le ha ofrecido un cribado de salud sexual y reproductiva.",
  "check.sexual-health-screening-offered.met": "Se le ha ofrecido un cribado de salud sexual y reproductiva.",
  "check.sexual-health-screening-offered.warning":
    "Ofrézcale un cribado de salud sexual y reproductiva. Aceptarlo es decisión suya.",
  "check.medical-need-without-action.description":
    "Su necesidad médica es alta o urgente y el plan no tiene ninguna acción médica.",
  "check.medical-need-without-action.met": "El plan incluye apoyo médico.",
  "check.medical-need-without-action.gap":
    "Su necesidad médica es alta o urgente y no hay apoyo médico previsto. Ayúdela a darse de alta con una médica o un médico.",
  "check.language-support.description":
    "Necesita intérprete o tiene una necesidad lingüística, y el plan no incluye ningún curso de idioma.",
  "check.language-support.met": "El plan incluye un curso de idioma.",
  "check.language-support.gap": "El idioma es un obstáculo y el plan no tiene curso de idioma. Ofrézcale uno.",
  "check.training-need-without-action.description":
    "Su necesidad de formación o empleo es alta o urgente y el plan no tiene ninguna acción de formación o empleo.",
  "check.training-need-without-action.met": "El plan incluye apoyo para la formación o el empleo.",
  "check.training-need-without-action.gap":
    "La formación o el empleo le importan mucho y el plan no tiene ningún paso en esa dirección. Ofrezca formación profesional.",
  "check.eem-goal-present.description": "El plan tiene objetivos, pero ninguno de empoderamiento económico (EEM).",
  "check.eem-goal-present.met": "El plan tiene al menos un objetivo de empoderamiento económico (EEM).",
  "check.eem-goal-present.warning":
    "El plan no tiene ningún objetivo de idioma, formación, empleo, dinero o cuidado infantil. Hable con ella sobre la independencia económica.",
  "check.safety-review-due.description":
    "Falta su plan de seguridad o su valoración del riesgo, o su última revisión supera el intervalo configurado (90 días por defecto).",
  "check.safety-review-due.met": "Su plan de seguridad se revisó el {{lastDate}}.",
  "check.safety-review-due.missing": "Todavía no hay plan de seguridad. Elabórelo con ella.",
  "check.safety-review-due.overdue":
    "Su plan de seguridad se revisó por última vez el {{lastDate}}, hace {{days}} días. Revise los riesgos con ella.",
  "check.digital-safety-for-high-risk.description":
    "Su valoración del riesgo indica que la controlan mediante la tecnología, o su riesgo es crítico, y no hay comprobación de seguridad digital prevista.",
  "check.digital-safety-for-high-risk.met": "El plan incluye la seguridad digital.",
  "check.digital-safety-for-high-risk.warning":
    "Alguien podría rastrearla a través de su teléfono o sus cuentas. Compruebe con ella si son seguros.",
  "check.disclosure-consent.description":
    "Sus datos se comunicaron a alguien sin su consentimiento registrado (una carencia si se comunicaron a la policía, la fiscalía o extranjería).",
  "check.disclosure-consent.met": "Las {{count}} comunicaciones de sus datos cuentan con su consentimiento.",
  "check.disclosure-consent.authority":
    "El {{date}} sus datos se comunicaron a una autoridad (policía, fiscalía o extranjería) sin su consentimiento registrado.",
  "check.disclosure-consent.other": "El {{date}} sus datos se comunicaron sin su consentimiento registrado.",
  "check.caseworker-continuity.description":
    "Su profesional de referencia cambió más veces que el límite configurado (2 por defecto).",
  "check.caseworker-continuity.met": "Su profesional de referencia cambió {{count}} veces (límite {{limit}}).",
  "check.caseworker-continuity.warning":
    "Su profesional de referencia cambió {{count}} veces (límite {{limit}}). Planifique la continuidad.",
  "check.plan-has-goals.description": "El plan no tiene objetivos.",
  "check.plan-has-goals.met": "El plan tiene {{count}} objetivos.",
  "check.plan-has-goals.gap": "El plan aún no tiene objetivos. Pregúntele qué quiere conseguir.",
  "check.goals-in-her-own-words.description": "Un objetivo no está escrito con sus propias palabras.",
  "check.goals-in-her-own-words.met": "Todos los objetivos están con sus propias palabras.",
  "check.goals-in-her-own-words.warning":
    "Este objetivo no está con sus propias palabras. Escríbalo con ella, tal como ella lo dice.",
  "check.plan-agreed-by-her.description":
    "No ha dado su conformidad al plan (una carencia una vez enviado o aprobado el plan).",
  "check.plan-agreed-by-her.met": "Dio su conformidad al plan el {{date}}.",
  "check.plan-agreed-by-her.gap": "El plan se envió o aprobó sin su conformidad. Revíselo con ella.",
  "check.plan-agreed-by-her.info": "Revise el borrador con ella y registre su conformidad.",
  "check.complaints-route-offered.description": "Nadie le ha explicado cómo quejarse del servicio.",
  "check.complaints-route-offered.met": "Se le ha explicado cómo quejarse del servicio.",
  "check.complaints-route-offered.warning":
    "Todavía nadie le ha explicado cómo quejarse del servicio. Explíquele la vía de quejas en su idioma.",
  "check.plan-review-due.description":
    "El plan no se ha revisado dentro del intervalo configurado (90 días por defecto).",
  "check.plan-review-due.met": "El plan se revisó el {{lastDate}}.",
  "check.plan-review-due.never":
    "El plan no se ha revisado desde el primer contacto, el {{lastDate}}, hace {{days}} días. Revíselo con ella.",
  "check.plan-review-due.overdue":
    "El plan se revisó por última vez el {{lastDate}}, hace {{days}} días. Revíselo con ella.",
  "check.peer-group-offered.description": "No se le ha ofrecido un grupo de apoyo entre iguales.",
  "check.peer-group-offered.met": "Se le ha ofrecido un grupo de apoyo entre iguales.",
  "check.peer-group-offered.warning": "Ofrézcale un grupo de apoyo entre iguales de mujeres. Unirse es decisión suya.",
};

export const fr: MessagesOf<typeof en> = {
  "check.therapy-need-without-support.description":
    "Son besoin de soutien psychologique est élevé ou urgent et le plan ne comporte aucune action de thérapie.",
  "check.therapy-need-without-support.met": "Un soutien psychologique est prévu dans le plan.",
  "check.therapy-need-without-support.gap":
    "Son besoin de soutien psychologique est élevé ou urgent et rien n'est prévu. Proposez une thérapie du traumatisme ou un soutien en situation de crise.",
  "check.psychological-assessment-offered.description":
    "Aucune évaluation psychologique ni thérapie ne lui a été proposée.",
  "check.psychological-assessment-offered.met": "Une évaluation psychologique ou une thérapie lui a été proposée.",
  "check.psychological-assessment-offered.gap":
    "Proposez-lui une évaluation psychologique. L'accepter relève de son choix.",
  "check.health-check-offered.description": "Aucun bilan de santé ne lui a été proposé.",
  "check.health-check-offered.met": "Un bilan de santé lui a été proposé.",
  "check.health-check-offered.gap": "Proposez-lui un bilan de santé et aidez-la à s'y rendre si elle le souhaite.",
  "check.sexual-health-screening-offered.description":
    "Aucun dépistage en santé sexuelle et reproductive ne lui a été proposé.",
  "check.sexual-health-screening-offered.met": "Un dépistage en santé sexuelle et reproductive lui a été proposé.",
  "check.sexual-health-screening-offered.warning":
    "Proposez-lui un dépistage en santé sexuelle et reproductive. L'accepter relève de son choix.",
  "check.medical-need-without-action.description":
    "Son besoin médical est élevé ou urgent et le plan ne comporte aucune action médicale.",
  "check.medical-need-without-action.met": "Un soutien médical est prévu dans le plan.",
  "check.medical-need-without-action.gap":
    "Son besoin médical est élevé ou urgent et aucun soutien médical n'est prévu. Aidez-la à déclarer un médecin traitant.",
  "check.language-support.description":
    "Elle a besoin d'un·e interprète ou a un besoin linguistique, et le plan ne comporte aucun cours de langue.",
  "check.language-support.met": "Un cours de langue est prévu dans le plan.",
  "check.language-support.gap":
    "La langue est un obstacle et le plan ne comporte aucun cours de langue. Proposez-en un.",
  "check.training-need-without-action.description":
    "Son besoin de formation ou d'emploi est élevé ou urgent et le plan ne comporte aucune action de formation ou d'emploi.",
  "check.training-need-without-action.met": "Un soutien à la formation ou à l'emploi est prévu dans le plan.",
  "check.training-need-without-action.gap":
    "La formation ou l'emploi compte beaucoup pour elle et le plan ne prévoit aucune étape dans ce sens. Proposez une formation professionnelle.",
  "check.eem-goal-present.description": "Le plan a des objectifs, mais aucun sur l'autonomisation économique (EEM).",
  "check.eem-goal-present.met": "Le plan a au moins un objectif d'autonomisation économique (EEM).",
  "check.eem-goal-present.warning":
    "Le plan n'a aucun objectif sur la langue, la formation, l'emploi, l'argent ou la garde d'enfants. Parlez avec elle d'autonomie économique.",
  "check.safety-review-due.description":
    "Son plan de sécurité ou son évaluation des risques manque, ou son dernier réexamen date de plus longtemps que l'intervalle configuré (90 jours par défaut).",
  "check.safety-review-due.met": "Son plan de sécurité a été réexaminé le {{lastDate}}.",
  "check.safety-review-due.missing": "Il n'y a pas encore de plan de sécurité. Établissez-en un avec elle.",
  "check.safety-review-due.overdue":
    "Son plan de sécurité a été réexaminé pour la dernière fois le {{lastDate}}, il y a {{days}} jours. Réexaminez les risques avec elle.",
  "check.digital-safety-for-high-risk.description":
    "Son évaluation des risques indique une emprise par la technologie, ou son risque est critique, et aucune vérification de la sécurité numérique n'est prévue.",
  "check.digital-safety-for-high-risk.met": "La sécurité numérique est prévue dans le plan.",
  "check.digital-safety-for-high-risk.warning":
    "Quelqu'un pourrait la suivre par son téléphone ou ses comptes. Vérifiez avec elle s'ils sont sûrs.",
  "check.disclosure-consent.description":
    "Ses données ont été transmises à quelqu'un sans consentement enregistré (une lacune si la transmission concerne la police, le parquet ou les services d'immigration).",
  "check.disclosure-consent.met": "Les {{count}} transmissions de ses données ont toutes son consentement.",
  "check.disclosure-consent.authority":
    "Le {{date}}, ses données ont été transmises à une autorité (police, parquet ou immigration) sans son consentement enregistré.",
  "check.disclosure-consent.other": "Le {{date}}, ses données ont été transmises sans son consentement enregistré.",
  "check.caseworker-continuity.description":
    "Sa référente ou son référent a changé plus souvent que la limite configurée (2 par défaut).",
  "check.caseworker-continuity.met": "Son ou sa référent·e a changé {{count}} fois (limite : {{limit}}).",
  "check.caseworker-continuity.warning":
    "Son ou sa référent·e a changé {{count}} fois (limite : {{limit}}). Prévoyez la continuité.",
  "check.plan-has-goals.description": "Le plan n'a aucun objectif.",
  "check.plan-has-goals.met": "Le plan a {{count}} objectifs.",
  "check.plan-has-goals.gap": "Le plan n'a pas encore d'objectif. Demandez-lui ce qu'elle veut atteindre.",
  "check.goals-in-her-own-words.description": "Un objectif n'est pas formulé avec ses propres mots.",
  "check.goals-in-her-own-words.met": "Tous les objectifs sont formulés avec ses propres mots.",
  "check.goals-in-her-own-words.warning":
    "Cet objectif n'est pas formulé avec ses propres mots. Écrivez-le avec elle, comme elle le dit.",
  "check.plan-agreed-by-her.description":
    "Elle n'a pas donné son accord au plan (une lacune dès que le plan est soumis ou approuvé).",
  "check.plan-agreed-by-her.met": "Elle a donné son accord au plan le {{date}}.",
  "check.plan-agreed-by-her.gap": "Le plan a été soumis ou approuvé sans son accord. Parcourez-le avec elle.",
  "check.plan-agreed-by-her.info": "Parcourez le brouillon avec elle et enregistrez son accord.",
  "check.complaints-route-offered.description":
    "Personne ne lui a expliqué comment faire une réclamation concernant le service.",
  "check.complaints-route-offered.met":
    "Elle a été informée de la manière de faire une réclamation concernant le service.",
  "check.complaints-route-offered.warning":
    "Personne ne lui a encore expliqué comment faire une réclamation concernant le service. Expliquez-lui la procédure de réclamation, dans sa langue.",
  "check.plan-review-due.description":
    "Le plan n'a pas été réexaminé dans l'intervalle configuré (90 jours par défaut).",
  "check.plan-review-due.met": "Le plan a été réexaminé le {{lastDate}}.",
  "check.plan-review-due.never":
    "Le plan n'a pas été réexaminé depuis le premier contact du {{lastDate}}, il y a {{days}} jours. Réexaminez-le avec elle.",
  "check.plan-review-due.overdue":
    "Le plan a été réexaminé pour la dernière fois le {{lastDate}}, il y a {{days}} jours. Réexaminez-le avec elle.",
  "check.peer-group-offered.description": "Aucun groupe de soutien entre pairs ne lui a été proposé.",
  "check.peer-group-offered.met": "Un groupe de soutien entre pairs lui a été proposé.",
  "check.peer-group-offered.warning":
    "Proposez-lui un groupe de soutien entre pairs pour femmes. Y participer relève de son choix.",
};

export const ro: MessagesOf<typeof en> = {
  "check.therapy-need-without-support.description":
    "Nevoia ei de sprijin psihologic este ridicată sau urgentă și planul nu are nicio acțiune de terapie.",
  "check.therapy-need-without-support.met": "Sprijinul psihologic este în plan.",
  "check.therapy-need-without-support.gap":
    "Nevoia ei de sprijin psihologic este ridicată sau urgentă și niciun sprijin nu este planificat. Oferiți terapie pentru traumă sau sprijin în criză.",
  "check.psychological-assessment-offered.description": "Nu i s-a oferit o evaluare psihologică sau terapie.",
  "check.psychological-assessment-offered.met": "I s-a oferit o evaluare psihologică sau terapie.",
  "check.psychological-assessment-offered.gap": "Oferiți-i o evaluare psihologică. Este alegerea ei dacă o acceptă.",
  "check.health-check-offered.description": "Nu i s-a oferit un control medical.",
  "check.health-check-offered.met": "I s-a oferit un control medical.",
  "check.health-check-offered.gap": "Oferiți-i un control medical și ajutați-o să ajungă acolo, dacă dorește.",
  "check.sexual-health-screening-offered.description":
    "Nu i s-a oferit un screening de sănătate sexuală și reproductivă.",
  "check.sexual-health-screening-offered.met": "I s-a oferit un screening de sănătate sexuală și reproductivă.",
  "check.sexual-health-screening-offered.warning":
    "Oferiți-i un screening de sănătate sexuală și reproductivă. Este alegerea ei dacă îl acceptă.",
  "check.medical-need-without-action.description":
    "Nevoia ei medicală este ridicată sau urgentă și planul nu are nicio acțiune medicală.",
  "check.medical-need-without-action.met": "Sprijinul medical este în plan.",
  "check.medical-need-without-action.gap":
    "Nevoia ei medicală este ridicată sau urgentă și niciun sprijin medical nu este planificat. Ajutați-o să se înscrie la un medic.",
  "check.language-support.description":
    "Ea are nevoie de un interpret sau are o nevoie lingvistică și planul nu include niciun curs de limbă.",
  "check.language-support.met": "Un curs de limbă este în plan.",
  "check.language-support.gap": "Limba este un obstacol și planul nu are niciun curs de limbă. Oferiți-i unul.",
  "check.training-need-without-action.description":
    "Nevoia ei de formare sau de muncă este ridicată sau urgentă și planul nu are nicio acțiune de formare sau de angajare.",
  "check.training-need-without-action.met": "Sprijinul pentru formare sau muncă este în plan.",
  "check.training-need-without-action.gap":
    "Formarea sau munca contează mult pentru ea și planul nu are niciun pas în această direcție. Oferiți formare profesională.",
  "check.eem-goal-present.description": "Planul are obiective, dar niciunul privind abilitarea economică (EEM).",
  "check.eem-goal-present.met": "Planul are cel puțin un obiectiv de abilitare economică (EEM).",
  "check.eem-goal-present.warning":
    "Planul nu are niciun obiectiv privind limba, formarea, munca, banii sau îngrijirea copiilor. Discutați cu ea despre independența economică.",
  "check.safety-review-due.description":
    "Planul ei de siguranță sau evaluarea riscurilor lipsește ori a fost revizuit(ă) ultima dată cu mai mult timp în urmă decât intervalul configurat (implicit 90 de zile).",
  "check.safety-review-due.met": "Planul ei de siguranță a fost revizuit pe {{lastDate}}.",
  "check.safety-review-due.missing": "Nu există încă un plan de siguranță. Faceți unul împreună cu ea.",
  "check.safety-review-due.overdue":
    "Planul ei de siguranță a fost revizuit ultima dată pe {{lastDate}}, acum {{days}} zile. Reevaluați riscurile împreună cu ea.",
  "check.digital-safety-for-high-risk.description":
    "Evaluarea riscurilor arată că este controlată prin tehnologie sau că riscul ei este critic și nu este planificată o verificare a siguranței digitale.",
  "check.digital-safety-for-high-risk.met": "Siguranța digitală este în plan.",
  "check.digital-safety-for-high-risk.warning":
    "Cineva o poate urmări prin telefonul sau conturile ei. Verificați împreună cu ea dacă sunt sigure.",
  "check.disclosure-consent.description":
    "Datele ei au fost transmise cuiva fără consimțământul ei înregistrat (o lacună când au fost transmise poliției, parchetului sau autorităților de imigrare).",
  "check.disclosure-consent.met": "Toate cele {{count}} transmiteri ale datelor ei au consimțământul ei.",
  "check.disclosure-consent.authority":
    "Pe {{date}}, datele ei au fost transmise unei autorități (poliție, parchet sau imigrare) fără consimțământul ei înregistrat.",
  "check.disclosure-consent.other": "Pe {{date}}, datele ei au fost transmise fără consimțământul ei înregistrat.",
  "check.caseworker-continuity.description":
    "Managerul ei de caz s-a schimbat mai des decât limita configurată (implicit 2).",
  "check.caseworker-continuity.met": "Managerul ei de caz s-a schimbat de {{count}} ori (limită {{limit}}).",
  "check.caseworker-continuity.warning":
    "Managerul ei de caz s-a schimbat de {{count}} ori (limită {{limit}}). Planificați continuitatea.",
  "check.plan-has-goals.description": "Planul nu are obiective.",
  "check.plan-has-goals.met": "Planul are {{count}} obiective.",
  "check.plan-has-goals.gap": "Planul nu are încă obiective. Întrebați-o ce vrea să realizeze.",
  "check.goals-in-her-own-words.description": "Un obiectiv nu este scris cu propriile ei cuvinte.",
  "check.goals-in-her-own-words.met": "Toate obiectivele sunt formulate cu propriile ei cuvinte.",
  "check.goals-in-her-own-words.warning":
    "Acest obiectiv nu este formulat cu propriile ei cuvinte. Scrieți-l împreună cu ea, așa cum îl spune ea.",
  "check.plan-agreed-by-her.description":
    "Ea nu și-a dat acordul pentru plan (o lacună odată ce planul este trimis sau aprobat).",
  "check.plan-agreed-by-her.met": "Ea și-a dat acordul pentru plan pe {{date}}.",
  "check.plan-agreed-by-her.gap": "Planul a fost trimis sau aprobat fără acordul ei. Parcurgeți-l împreună cu ea.",
  "check.plan-agreed-by-her.info": "Parcurgeți ciorna împreună cu ea și înregistrați acordul ei.",
  "check.complaints-route-offered.description": "Nimeni nu i-a explicat cum poate face o reclamație despre serviciu.",
  "check.complaints-route-offered.met": "I s-a explicat cum poate face o reclamație despre serviciu.",
  "check.complaints-route-offered.warning":
    "Încă nu i-a explicat nimeni cum poate face o reclamație despre serviciu. Explicați-i procedura de reclamații, în limba ei.",
  "check.plan-review-due.description": "Planul nu a fost revizuit în intervalul configurat (implicit 90 de zile).",
  "check.plan-review-due.met": "Planul a fost revizuit pe {{lastDate}}.",
  "check.plan-review-due.never":
    "Planul nu a fost revizuit de la primul contact, din {{lastDate}}, acum {{days}} zile. Revizuiți-l împreună cu ea.",
  "check.plan-review-due.overdue":
    "Planul a fost revizuit ultima dată pe {{lastDate}}, acum {{days}} zile. Revizuiți-l împreună cu ea.",
  "check.peer-group-offered.description": "Nu i s-a oferit un grup de sprijin între egale.",
  "check.peer-group-offered.met": "I s-a oferit un grup de sprijin între egale.",
  "check.peer-group-offered.warning":
    "Oferiți-i un grup de sprijin între egale pentru femei. Este alegerea ei dacă participă.",
};

export const bg: MessagesOf<typeof en> = {
  "check.therapy-need-without-support.description":
    "Нуждата ѝ от психологическа подкрепа е голяма или спешна и в плана няма терапевтично действие.",
  "check.therapy-need-without-support.met": "Психологическата подкрепа е включена в плана.",
  "check.therapy-need-without-support.gap":
    "Нуждата ѝ от психологическа подкрепа е голяма или спешна и не е планирана такава. Предложете терапия на травмата или кризисна подкрепа.",
  "check.psychological-assessment-offered.description": "Не ѝ е предложена психологическа оценка или терапия.",
  "check.psychological-assessment-offered.met": "Предложена е психологическа оценка или терапия.",
  "check.psychological-assessment-offered.gap": "Предложете ѝ психологическа оценка. Дали ще я приеме, е неин избор.",
  "check.health-check-offered.description": "Не ѝ е предложен медицински преглед.",
  "check.health-check-offered.met": "Предложен е медицински преглед.",
  "check.health-check-offered.gap": "Предложете ѝ медицински преглед и ѝ помогнете да стигне до него, ако желае.",
  "check.sexual-health-screening-offered.description": "Не ѝ е предложен скрининг за сексуално и репродуктивно здраве.",
  "check.sexual-health-screening-offered.met": "Предложен е скрининг за сексуално и репродуктивно здраве.",
  "check.sexual-health-screening-offered.warning":
    "Предложете ѝ скрининг за сексуално и репродуктивно здраве. Дали ще го приеме, е неин избор.",
  "check.medical-need-without-action.description":
    "Медицинската ѝ нужда е голяма или спешна и в плана няма медицинско действие.",
  "check.medical-need-without-action.met": "Медицинската подкрепа е включена в плана.",
  "check.medical-need-without-action.gap":
    "Медицинската ѝ нужда е голяма или спешна и не е планирана медицинска подкрепа. Помогнете ѝ да се регистрира при лекар.",
  "check.language-support.description": "Тя има нужда от преводач или има езикова нужда, а в плана няма езиков курс.",
  "check.language-support.met": "Езиков курс е включен в плана.",
  "check.language-support.gap": "Езикът е пречка и в плана няма езиков курс. Предложете такъв.",
  "check.training-need-without-action.description":
    "Нуждата ѝ от обучение или работа е голяма или спешна и в плана няма действие за обучение или заетост.",
  "check.training-need-without-action.met": "Подкрепата за обучение или работа е включена в плана.",
  "check.training-need-without-action.gap":
    "Обучението или работата са много важни за нея и в плана няма стъпка към тях. Предложете професионално обучение.",
  "check.eem-goal-present.description": "Планът има цели, но нито една за икономическо овластяване (EEM).",
  "check.eem-goal-present.met": "Планът има поне една цел за икономическо овластяване (EEM).",
  "check.eem-goal-present.warning":
    "В плана няма цел за език, обучение, работа, пари или грижа за децата. Поговорете с нея за икономическата независимост.",
  "check.safety-review-due.description":
    "Планът ѝ за безопасност или оценката на риска липсват или последният им преглед е по-стар от зададения интервал (по подразбиране 90 дни).",
  "check.safety-review-due.met": "Планът ѝ за безопасност е прегледан на {{lastDate}}.",
  "check.safety-review-due.missing": "Все още няма план за безопасност. Изгответе го заедно с нея.",
  "check.safety-review-due.overdue":
    "Последният преглед на плана ѝ за безопасност беше на {{lastDate}}, преди {{days}} дни. Прегледайте рисковете заедно с нея.",
  "check.digital-safety-for-high-risk.description":
    "Оценката на риска показва, че тя е контролирана чрез технологии, или рискът ѝ е критичен, а не е планирана проверка на дигиталната безопасност.",
  "check.digital-safety-for-high-risk.met": "Дигиталната безопасност е включена в плана.",
  "check.digital-safety-for-high-risk.warning":
    "Някой може да я проследява чрез телефона или профилите ѝ. Проверете заедно с нея дали са безопасни.",
  "check.disclosure-consent.description":
    "Данните ѝ са споделени с някого без записано нейно съгласие (пропуск, ако са споделени с полиция, прокуратура или миграционни служби).",
  "check.disclosure-consent.met": "Всички {{count}} разкривания на нейни данни са с нейно съгласие.",
  "check.disclosure-consent.authority":
    "На {{date}} нейни данни са споделени с институция (полиция, прокуратура или миграционни служби) без записано нейно съгласие.",
  "check.disclosure-consent.other": "На {{date}} нейни данни са споделени без записано нейно съгласие.",
  "check.caseworker-continuity.description":
    "Социалният ѝ работник е сменян по-често от зададената граница (по подразбиране 2).",
  "check.caseworker-continuity.met": "Социалният ѝ работник е сменян {{count}} пъти (граница {{limit}}).",
  "check.caseworker-continuity.warning":
    "Социалният ѝ работник е сменян {{count}} пъти (граница {{limit}}). Планирайте приемственост.",
  "check.plan-has-goals.description": "Планът няма цели.",
  "check.plan-has-goals.met": "Планът има {{count}} цели.",
  "check.plan-has-goals.gap": "Планът все още няма цели. Попитайте я какво иска да постигне.",
  "check.goals-in-her-own-words.description": "Цел не е записана с нейни думи.",
  "check.goals-in-her-own-words.met": "Всички цели са с нейни думи.",
  "check.goals-in-her-own-words.warning": "Тази цел не е с нейни думи. Запишете я заедно с нея, както тя я казва.",
  "check.plan-agreed-by-her.description":
    "Тя не се е съгласила с плана (пропуск, след като планът е подаден или одобрен).",
  "check.plan-agreed-by-her.met": "Тя се съгласи с плана на {{date}}.",
  "check.plan-agreed-by-her.gap": "Планът е подаден или одобрен без нейното съгласие. Прегледайте го заедно с нея.",
  "check.plan-agreed-by-her.info": "Прегледайте черновата заедно с нея и запишете нейното съгласие.",
  "check.complaints-route-offered.description": "Никой не ѝ е обяснил как да подаде оплакване относно услугата.",
  "check.complaints-route-offered.met": "Обяснено ѝ е как да подаде оплакване относно услугата.",
  "check.complaints-route-offered.warning":
    "Все още никой не ѝ е обяснил как да подаде оплакване относно услугата. Обяснете ѝ реда за подаване на оплаквания на нейния език.",
  "check.plan-review-due.description": "Планът не е преглеждан в зададения интервал (по подразбиране 90 дни).",
  "check.plan-review-due.met": "Планът е прегледан на {{lastDate}}.",
  "check.plan-review-due.never":
    "Планът не е преглеждан от първия контакт на {{lastDate}}, преди {{days}} дни. Прегледайте го заедно с нея.",
  "check.plan-review-due.overdue":
    "Последният преглед на плана беше на {{lastDate}}, преди {{days}} дни. Прегледайте го заедно с нея.",
  "check.peer-group-offered.description": "Не ѝ е предложена група за взаимна подкрепа.",
  "check.peer-group-offered.met": "Предложена е група за взаимна подкрепа.",
  "check.peer-group-offered.warning":
    "Предложете ѝ група за взаимна подкрепа на жени. Дали ще се включи, е неин избор.",
};
