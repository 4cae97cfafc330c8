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

export const el: MessagesOf<typeof en> = {
  "pathway.plm.title": "Ψυχοκοινωνικό-Νομικό Μοντέλο (PLM)",
  "pathway.plm.description":
    "Νομική, ψυχολογική και ιατρική υποστήριξη και ασφαλής στέγαση, συνδεδεμένες ώστε η νομική δουλειά να λαμβάνει πάντα υπόψη το τραύμα της.",
  "pathway.eem.title": "Μοντέλο Οικονομικής Ενδυνάμωσης (EEM)",
  "pathway.eem.description":
    "Γλώσσα, εκπαίδευση, εργασία, εισόδημα και φροντίδα παιδιών, ώστε να μπορεί να ζει αυτόνομα και να σχεδιάζει το μέλλον της.",
  "pathway.crossCutting.title": "Οριζόντια θέματα",
  "pathway.crossCutting.description":
    "Πώς λειτουργεί η υπηρεσία: πρόσβαση, πρακτικές ασφάλειας, ανεξαρτησία, η φωνή της και υποστήριξη από ομότιμες.",
  "domain.accommodation.title": "Ασφαλής διαμονή",
  "domain.accommodation.description":
    "Ασφαλής στέγαση μόνο για γυναίκες, και μαζί με τα παιδιά της, και αργότερα ένα σταθερό σπίτι.",
  "domain.childcare.title": "Μητρότητα και φροντίδα παιδιών",
  "domain.childcare.description":
    "Εγκυμοσύνη, ανάγκες των παιδιών της και φροντίδα παιδιών που της επιτρέπει να μαθαίνει και να εργάζεται.",
  "domain.training.title": "Εκπαίδευση και επαγγελματική κατάρτιση",
  "domain.training.description": "Σχολείο, περαιτέρω σπουδές και κατάρτιση για εργασία.",
  "domain.therapy.title": "Ψυχολογική υποστήριξη",
  "domain.therapy.description": "Ψυχολογική αξιολόγηση, θεραπεία τραύματος και υποστήριξη σε κρίση.",
  "domain.language.title": "Γλώσσα",
  "domain.language.description": "Εκμάθηση της τοπικής γλώσσας.",
  "domain.legal.title": "Νομικό καθεστώς και δικαιώματα",
  "domain.legal.description":
    "Ενημέρωση για δικαιώματα, άδειες, άσυλο, διαδικασίες, μη τιμωρία, αποζημίωση και οικογενειακή επανένωση.",
  "domain.medical.title": "Υγεία",
  "domain.medical.description": "Ιατρική φροντίδα και σεξουαλική και αναπαραγωγική υγεία.",
  "domain.employment.title": "Εργασία",
  "domain.employment.description": "Εύρεση και διατήρηση ασφαλούς, νόμιμης εργασίας.",
  "domain.money.title": "Χρήματα",
  "domain.money.description": "Επίδομα, τραπεζικός λογαριασμός, χρέη και προϋπολογισμός.",
  "domain.peer-support.title": "Υποστήριξη από ομότιμες",
  "domain.peer-support.description": "Ομάδες όπου οι γυναίκες στηρίζουν η μία την άλλη.",
  "domain.interpreting.title": "Διερμηνεία και πολιτισμική διαμεσολάβηση",
  "domain.interpreting.description":
    "Διερμηνείς και πολιτισμικοί/-ές διαμεσολαβητές/-τριες, ώστε να καταλαβαίνει και να γίνεται κατανοητή.",
  "domain.digital-safety.title": "Ασφάλεια και ψηφιακή ασφάλεια",
  "domain.digital-safety.description":
    "Επανεξέταση κινδύνου, σχέδιο ασφάλειας, και ασφαλή τηλέφωνα και διαδικτυακοί λογαριασμοί.",
};

export const es: MessagesOf<typeof en> = {
  "pathway.plm.title": "Modelo Psicosocial y Jurídico (PLM)",
  "pathway.plm.description":
    "Apoyo jurídico, psicológico y médico y alojamiento seguro, unidos para que el trabajo jurídico tenga siempre presente su trauma.",
  "pathway.eem.title": "Modelo de Empoderamiento Económico (EEM)",
  "pathway.eem.description":
    "Idioma, formación, empleo, ingresos y cuidado infantil, para que pueda vivir de forma independiente y planificar su futuro.",
  "pathway.crossCutting.title": "Transversal",
  "pathway.crossCutting.description":
    "Cómo funciona el servicio: acceso, prácticas de seguridad, independencia, su voz y el apoyo entre iguales.",
  "domain.accommodation.title": "Alojamiento seguro",
  "domain.accommodation.description":
    "Alojamiento seguro y solo para mujeres, también con sus hijas e hijos, y más adelante un hogar estable.",
  "domain.childcare.title": "Maternidad y cuidado infantil",
  "domain.childcare.description":
    "Embarazo, las necesidades de sus hijas e hijos y un cuidado infantil que le permita formarse y trabajar.",
  "domain.training.title": "Educación y formación profesional",
  "domain.training.description": "Escuela, estudios posteriores y formación para un empleo.",
  "domain.therapy.title": "Apoyo psicológico",
  "domain.therapy.description": "Evaluación psicológica, terapia del trauma y apoyo en crisis.",
  "domain.language.title": "Idioma",
  "domain.language.description": "Aprendizaje del idioma local.",
  "domain.legal.title": "Situación jurídica y derechos",
  "domain.legal.description":
    "Información sobre derechos, autorizaciones, asilo, procedimientos, no punición, indemnización y reagrupación familiar.",
  "domain.medical.title": "Salud",
  "domain.medical.description": "Atención médica y salud sexual y reproductiva.",
  "domain.employment.title": "Empleo",
  "domain.employment.description": "Encontrar y mantener un empleo seguro y formal.",
  "domain.money.title": "Economía",
  "domain.money.description": "Prestaciones, cuenta bancaria, deudas y presupuesto.",
  "domain.peer-support.title": "Apoyo entre iguales",
  "domain.peer-support.description": "Grupos en los que las mujeres se apoyan mutuamente.",
  "domain.interpreting.title": "Interpretación y mediación intercultural",
  "domain.interpreting.description":
    "Intérpretes y mediación intercultural, para que pueda entender y hacerse entender.",
  "domain.digital-safety.title": "Seguridad y seguridad digital",
  "domain.digital-safety.description":
    "Valoración del riesgo, plan de seguridad, y teléfonos y cuentas en línea seguros.",
};

export const fr: MessagesOf<typeof en> = {
  "pathway.plm.title": "Modèle psycho-social et juridique (PLM)",
  "pathway.plm.description":
    "Soutien juridique, psychologique et médical et hébergement sûr, articulés pour que le travail juridique tienne toujours compte de son traumatisme.",
  "pathway.eem.title": "Modèle d'autonomisation économique (EEM)",
  "pathway.eem.description":
    "Langue, éducation, emploi, revenu et garde d'enfants, pour qu'elle puisse vivre de façon autonome et construire son avenir.",
  "pathway.crossCutting.title": "Transversal",
  "pathway.crossCutting.description":
    "Le fonctionnement du service : accès, pratiques de sécurité, indépendance, sa voix et le soutien entre pairs.",
  "domain.accommodation.title": "Hébergement sûr",
  "domain.accommodation.description":
    "Un hébergement sûr et non mixte, aussi avec ses enfants, puis un logement stable.",
  "domain.childcare.title": "Maternité et garde d'enfants",
  "domain.childcare.description":
    "Grossesse, besoins de ses enfants et mode de garde qui lui permet d'apprendre et de travailler.",
  "domain.training.title": "Éducation et formation professionnelle",
  "domain.training.description": "École, études et formation à un métier.",
  "domain.therapy.title": "Soutien psychologique",
  "domain.therapy.description": "Évaluation psychologique, thérapie du traumatisme et soutien en situation de crise.",
  "domain.language.title": "Langue",
  "domain.language.description": "Apprendre la langue du pays.",
  "domain.legal.title": "Statut juridique et droits",
  "domain.legal.description":
    "Information sur les droits, titres de séjour, asile, procédures, non-sanction, indemnisation et regroupement familial.",
  "domain.medical.title": "Santé",
  "domain.medical.description": "Soins médicaux et santé sexuelle et reproductive.",
  "domain.employment.title": "Emploi",
  "domain.employment.description": "Trouver et garder un emploi sûr et déclaré.",
  "domain.money.title": "Argent",
  "domain.money.description": "Allocation, compte bancaire, dettes et budget.",
  "domain.peer-support.title": "Soutien entre pairs",
  "domain.peer-support.description": "Des groupes où les femmes se soutiennent entre elles.",
  "domain.interpreting.title": "Interprétariat et médiation culturelle",
  "domain.interpreting.description":
    "Interprètes et médiateur·rices culturel·les, pour qu'elle puisse comprendre et être comprise.",
  "domain.digital-safety.title": "Sécurité et sécurité numérique",
  "domain.digital-safety.description": "Réexamen des risques, plan de sécurité, téléphones et comptes en ligne sûrs.",
};

export const ro: MessagesOf<typeof en> = {
  "pathway.plm.title": "Modelul psiho-socio-juridic (PLM)",
  "pathway.plm.description":
    "Sprijin juridic, psihologic și medical și locuință sigură, legate între ele astfel încât munca juridică să țină mereu cont de trauma ei.",
  "pathway.eem.title": "Modelul de abilitare economică (EEM)",
  "pathway.eem.description":
    "Limbă, educație, muncă, venit și îngrijirea copiilor, pentru ca ea să poată trăi independent și să-și planifice viitorul.",
  "pathway.crossCutting.title": "Transversal",
  "pathway.crossCutting.description":
    "Cum funcționează serviciul: acces, practici de siguranță, independență, vocea ei și sprijinul între egale.",
  "domain.accommodation.title": "Locuință sigură",
  "domain.accommodation.description":
    "Locuință sigură, exclusiv pentru femei, și împreună cu copiii ei, iar mai târziu o casă stabilă.",
  "domain.childcare.title": "Maternitate și îngrijirea copiilor",
  "domain.childcare.description":
    "Sarcina, nevoile copiilor ei și îngrijirea copiilor care îi permite să învețe și să muncească.",
  "domain.training.title": "Educație și formare profesională",
  "domain.training.description": "Școală, studii ulterioare și pregătire pentru o meserie.",
  "domain.therapy.title": "Sprijin psihologic",
  "domain.therapy.description": "Evaluare psihologică, terapie pentru traumă și sprijin în situații de criză.",
  "domain.language.title": "Limbă",
  "domain.language.description": "Învățarea limbii locale.",
  "domain.legal.title": "Statut juridic și drepturi",
  "domain.legal.description":
    "Informare despre drepturi, permise, azil, proceduri, nepedepsire, despăgubiri și reîntregirea familiei.",
  "domain.medical.title": "Sănătate",
  "domain.medical.description": "Îngrijire medicală și sănătate sexuală și reproductivă.",
  "domain.employment.title": "Muncă",
  "domain.employment.description": "Găsirea și păstrarea unui loc de muncă sigur și legal.",
  "domain.money.title": "Bani",
  "domain.money.description": "Alocație, cont bancar, datorii și gestionarea bugetului.",
  "domain.peer-support.title": "Sprijin între egale",
  "domain.peer-support.description": "Grupuri în care femeile se sprijină reciproc.",
  "domain.interpreting.title": "Interpretariat și mediere culturală",
  "domain.interpreting.description": "Interpreți și mediatori culturali, ca ea să poată înțelege și să fie înțeleasă.",
  "domain.digital-safety.title": "Siguranță și siguranță digitală",
  "domain.digital-safety.description": "Reevaluarea riscurilor, plan de siguranță, telefoane și conturi online sigure.",
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
