import type { MessagesOf } from "../message-types.ts";

/** Pathways (domain.md §1.2–1.3, §1.6) and support domains (domain.md §2). */
export const en = {
  "pathway.plm.title": "Psycho-Social Legal Model (PLM)",
  "pathway.plm.description":
    "Legal, psychological and medical support and safe housing, joined so that legal work always keeps her trauma in view.",
  "pathway.eem.title": "Economic Empowerment Model (EEM)",
  "pathway.eem.description":
    "Language, education, work, income and childcare, so that she can live independently and plan her future.",
  "pathway.crossCutting.title": "Cross-cutting",
  "pathway.crossCutting.description":
    "How the service is run: access, safety practice, independence, her voice and peer support.",
  "domain.accommodation.title": "Safe accommodation",
  "domain.accommodation.description": "Safe, single-sex housing, also with her children, and a stable home later on.",
  "domain.childcare.title": "Motherhood and childcare",
  "domain.childcare.description": "Pregnancy, her children's needs and childcare that lets her learn and work.",
  "domain.training.title": "Education and vocational training",
  "domain.training.description": "School, further studies and training for a job.",
  "domain.therapy.title": "Psychological support",
  "domain.therapy.description": "Psychological assessment, trauma therapy and crisis support.",
  "domain.language.title": "Language",
  "domain.language.description": "Learning the local language.",
  "domain.legal.title": "Legal status and rights",
  "domain.legal.description":
    "Rights information, permits, asylum, proceedings, non-punishment, compensation and family reunification.",
  "domain.medical.title": "Health",
  "domain.medical.description": "Medical care and sexual and reproductive health.",
  "domain.employment.title": "Work",
  "domain.employment.description": "Finding and keeping safe, formal work.",
  "domain.money.title": "Money",
  "domain.money.description": "Allowance, bank account, debts and budgeting.",
  "domain.peer-support.title": "Peer support",
  "domain.peer-support.description": "Groups where women support each other.",
  "domain.interpreting.title": "Interpreting and cultural mediation",
  "domain.interpreting.description": "Interpreters and cultural mediators, so she can understand and be understood.",
  "domain.digital-safety.title": "Safety and digital safety",
  "domain.digital-safety.description": "Risk review, safety plan, and safe phones and online accounts.",
} as const;

export const de: MessagesOf<typeof en> = {
  "pathway.plm.title": "Psychosoziales und rechtliches Modell (PLM)",
  "pathway.plm.description":
    "Rechtliche, psychologische und medizinische Unterstützung und sichere Unterkunft, so verbunden, dass die rechtliche Arbeit ihr Trauma immer berücksichtigt.",
  "pathway.eem.title": "Modell der wirtschaftlichen Stärkung (EEM)",
  "pathway.eem.description":
    "Sprache, Bildung, Arbeit, Einkommen und Kinderbetreuung, damit sie selbstständig leben und ihre Zukunft planen kann.",
  "pathway.crossCutting.title": "Übergreifend",
  "pathway.crossCutting.description":
    "Wie der Dienst arbeitet: Zugang, Sicherheitspraxis, Unabhängigkeit, ihre Stimme und Unterstützung unter Gleichbetroffenen.",
  "domain.accommodation.title": "Sichere Unterkunft",
  "domain.accommodation.description":
    "Sichere Unterkunft nur für Frauen, auch mit ihren Kindern, und später ein stabiles Zuhause.",
  "domain.childcare.title": "Mutterschaft und Kinderbetreuung",
  "domain.childcare.description":
    "Schwangerschaft, die Bedürfnisse ihrer Kinder und eine Kinderbetreuung, die ihr Lernen und Arbeiten ermöglicht.",
  "domain.training.title": "Bildung und Berufsausbildung",
  "domain.training.description": "Schule, Weiterbildung und Ausbildung für einen Beruf.",
  "domain.therapy.title": "Psychologische Unterstützung",
  "domain.therapy.description": "Psychologisches Erstgespräch, Traumatherapie und Krisenunterstützung.",
  "domain.language.title": "Sprache",
  "domain.language.description": "Die Sprache des Landes lernen.",
  "domain.legal.title": "Aufenthalt und Rechte",
  "domain.legal.description":
    "Information über Rechte, Aufenthaltstitel, Asyl, Verfahren, Straffreiheit, Entschädigung und Familienzusammenführung.",
  "domain.medical.title": "Gesundheit",
  "domain.medical.description": "Medizinische Versorgung sowie sexuelle und reproduktive Gesundheit.",
  "domain.employment.title": "Arbeit",
  "domain.employment.description": "Eine sichere, reguläre Arbeit finden und behalten.",
  "domain.money.title": "Geld",
  "domain.money.description": "Finanzielle Unterstützung, Bankkonto, Schulden und Haushaltsplanung.",
  "domain.peer-support.title": "Unterstützung unter Gleichbetroffenen",
  "domain.peer-support.description": "Gruppen, in denen Frauen einander unterstützen.",
  "domain.interpreting.title": "Dolmetschen und Kulturmittlung",
  "domain.interpreting.description":
    "Dolmetscherinnen und Kulturmittlerinnen, damit sie verstehen und verstanden werden kann.",
  "domain.digital-safety.title": "Sicherheit und digitale Sicherheit",
  "domain.digital-safety.description":
    "Überprüfung der Risiken, Sicherheitsplan sowie sichere Telefone und Online-Konten.",
};

export const it: MessagesOf<typeof en> = {
  "pathway.plm.title": "Modello psico-socio-legale (PLM)",
  "pathway.plm.description":
    "Sostegno legale, psicologico e medico e alloggio sicuro, uniti in modo che il lavoro legale tenga sempre conto del suo trauma.",
  "pathway.eem.title": "Modello di empowerment economico (EEM)",
  "pathway.eem.description":
    "Lingua, istruzione, lavoro, reddito e cura dei figli, perché possa vivere in autonomia e progettare il suo futuro.",
  "pathway.crossCutting.title": "Trasversale",
  "pathway.crossCutting.description":
    "Come funziona il servizio: accesso, pratiche di sicurezza, indipendenza, la sua voce e il sostegno tra pari.",
  "domain.accommodation.title": "Alloggio sicuro",
  "domain.accommodation.description":
    "Un alloggio sicuro solo per donne, anche con i suoi figli, e poi una casa stabile.",
  "domain.childcare.title": "Maternità e cura dei figli",
  "domain.childcare.description":
    "Gravidanza, bisogni dei figli e servizi per l'infanzia che le permettono di studiare e lavorare.",
  "domain.training.title": "Istruzione e formazione professionale",
  "domain.training.description": "Scuola, studi e formazione per un lavoro.",
  "domain.therapy.title": "Sostegno psicologico",
  "domain.therapy.description": "Valutazione psicologica, terapia del trauma e sostegno nelle crisi.",
  "domain.language.title": "Lingua",
  "domain.language.description": "Imparare la lingua del Paese.",
  "domain.legal.title": "Situazione legale e diritti",
  "domain.legal.description":
    "Informazione sui diritti, permessi, asilo, procedimenti, non punibilità, risarcimento e ricongiungimento familiare.",
  "domain.medical.title": "Salute",
  "domain.medical.description": "Cure mediche e salute sessuale e riproduttiva.",
  "domain.employment.title": "Lavoro",
  "domain.employment.description": "Trovare e mantenere un lavoro sicuro e regolare.",
  "domain.money.title": "Denaro",
  "domain.money.description": "Sostegno economico, conto bancario, debiti e gestione del bilancio.",
  "domain.peer-support.title": "Sostegno tra pari",
  "domain.peer-support.description": "Gruppi in cui le donne si sostengono a vicenda.",
  "domain.interpreting.title": "Interpretariato e mediazione culturale",
  "domain.interpreting.description": "Interpreti e mediatrici culturali, perché possa capire ed essere capita.",
  "domain.digital-safety.title": "Sicurezza e sicurezza digitale",
  "domain.digital-safety.description": "Revisione dei rischi, piano di sicurezza, telefoni e account online sicuri.",
};

export const bg: MessagesOf<typeof en> = {
  "pathway.plm.title": "Психосоциален правен модел (PLM)",
  "pathway.plm.description":
    "Правна, психологическа и медицинска подкрепа и безопасно жилище, свързани така, че правната работа винаги да отчита нейната травма.",
  "pathway.eem.title": "Модел за икономическо овластяване (EEM)",
  "pathway.eem.description":
    "Език, образование, работа, доходи и грижа за децата, за да може тя да живее самостоятелно и да планира бъдещето си.",
  "pathway.crossCutting.title": "Общи аспекти",
  "pathway.crossCutting.description":
    "Как се предоставя услугата: достъп, практики за безопасност, независимост, нейният глас и взаимна подкрепа.",
  "domain.accommodation.title": "Безопасно настаняване",
  "domain.accommodation.description": "Безопасно жилище само за жени, също и с децата ѝ, а по-късно и стабилен дом.",
  "domain.childcare.title": "Майчинство и грижа за децата",
  "domain.childcare.description": "Бременност, нуждите на децата ѝ и грижа за тях, която ѝ позволява да учи и работи.",
  "domain.training.title": "Образование и професионално обучение",
  "domain.training.description": "Училище, по-нататъшно обучение и подготовка за професия.",
  "domain.therapy.title": "Психологическа подкрепа",
  "domain.therapy.description": "Психологическа оценка, терапия на травмата и кризисна подкрепа.",
  "domain.language.title": "Език",
  "domain.language.description": "Изучаване на местния език.",
  "domain.legal.title": "Правен статус и права",
  "domain.legal.description":
    "Информация за права, разрешения, убежище, производства, ненаказване, обезщетение и събиране на семейството.",
  "domain.medical.title": "Здраве",
  "domain.medical.description": "Медицинска грижа и сексуално и репродуктивно здраве.",
  "domain.employment.title": "Работа",
  "domain.employment.description": "Намиране и запазване на безопасна, официална работа.",
  "domain.money.title": "Пари",
  "domain.money.description": "Финансова помощ, банкова сметка, дългове и бюджет.",
  "domain.peer-support.title": "Взаимна подкрепа",
  "domain.peer-support.description": "Групи, в които жените се подкрепят взаимно.",
  "domain.interpreting.title": "Превод и културно посредничество",
  "domain.interpreting.description": "Преводачи и културни медиатори, за да може тя да разбира и да бъде разбрана.",
  "domain.digital-safety.title": "Безопасност и дигитална безопасност",
  "domain.digital-safety.description": "Преглед на риска, план за безопасност, безопасни телефони и онлайн профили.",
};
