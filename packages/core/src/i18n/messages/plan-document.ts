import type { PlanDocumentKey } from "../plan-locales.ts";

/**
 * Her printed plan (page and PDF) in the languages that exist only for her plan: exactly the
 * keys of PLAN_DOCUMENT_KEYS (plan-locales.ts). Plain language, short sentences, the woman
 * addressed directly (Arabic: feminine forms). Drafted by the project's engineers with machine
 * assistance, not yet reviewed by a native speaker (docs/translations.md says how to review).
 */
type PlanDocumentMessages = Readonly<Record<PlanDocumentKey, string>>;

/** Portuguese. */
export const pt: PlanDocumentMessages = {
  "planPrint.title": "O meu plano",
  "planPrint.printedOn": "Impresso em {{date}}",
  "planPrint.noPlan": "Ainda não há um plano.",
  "planPrint.agreedOn": "Combinámos este plano juntas em {{date}}.",
  "planPrint.goals": "O que quero alcançar",
  "planPrint.steps": "Próximos passos",
  "planPrint.done": "Já feito",
  "planPrint.none": "Ainda não há nada aqui.",
  "planPrint.by": "Até {{date}}",
  "planPrint.whoHelps": "Quem ajuda: {{provider}}",
  "planPrint.weHelp": "Quem ajuda: a sua técnica de apoio",
  "planPrint.nextTitle": "Quando nos voltamos a ver",
  "planPrint.nextReview": "Vamos rever o seu plano juntas em {{date}}.",
  "planPrint.nextReviewOpen": "Vamos combinar uma data para rever o seu plano juntas.",
  "planPrint.yourPlan": "Este é o seu plano. Pode mudá-lo connosco a qualquer momento.",
  "journey.print.onHold": "Em pausa: estamos a tratar do que impede este passo",
  "journey.print.overdue": "Estava previsto até {{date}}: combinamos juntas uma nova data",
  "journey.print.undated": "Passos sem data: escolhemos a data juntas.",
  "domain.accommodation.title": "Alojamento seguro",
  "domain.childcare.title": "Maternidade e cuidado dos filhos",
  "domain.training.title": "Educação e formação profissional",
  "domain.therapy.title": "Apoio psicológico",
  "domain.language.title": "Língua",
  "domain.legal.title": "Situação legal e direitos",
  "domain.medical.title": "Saúde",
  "domain.employment.title": "Trabalho",
  "domain.money.title": "Dinheiro",
  "domain.peer-support.title": "Apoio entre mulheres",
  "domain.interpreting.title": "Interpretação e mediação cultural",
  "domain.digital-safety.title": "Segurança e segurança digital",
  "action.single-sex-shelter-place.description":
    "Um lugar seguro para viver, numa casa só para mulheres, com pessoas que entendem o que viveu.",
  "action.move-on-flat.description": "Ajuda para encontrar a sua própria casa e mudar-se quando estiver pronta.",
  "action.accommodation-safety-check.description": "Vemos juntas se o lugar onde vive é seguro e bom para si.",
  "action.mother-and-child-place.description": "Um lugar seguro onde pode viver com os seus filhos.",
  "action.child-needs-assessment.description":
    "Vemos juntas o que os seus filhos precisam: cuidados, saúde, escola e segurança.",
  "action.childcare-place.description": "Um lugar numa creche ou com uma ama, para poder ir a cursos ou trabalhar.",
  "action.antenatal-care.description": "Consultas com uma parteira ou um médico durante a gravidez.",
  "action.children-school-enrolment.description": "Ajuda para inscrever os seus filhos numa escola.",
  "action.legal-needs-assessment.description":
    "Uma primeira conversa com um jurista sobre a sua situação e as suas opções.",
  "action.rights-information.description": "Informação clara sobre os seus direitos, numa língua que entende.",
  "action.free-legal-representation.description": "Um advogado que a representa de graça.",
  "action.reflection-period-decision-support.description":
    "Tempo para descansar e apoio para decidir, sem pressão, o que quer fazer a seguir. O nosso apoio não depende de ir à polícia.",
  "action.residence-permit-application.description": "Ajuda para pedir uma autorização para ficar neste país.",
  "action.work-permit-application.description": "Ajuda para pedir uma autorização para trabalhar.",
  "action.asylum-application.description": "Ajuda para pedir asilo ou proteção como refugiada.",
  "action.non-punishment-defence.description":
    "Ajuda jurídica se for acusada de algo que foi obrigada a fazer quando era explorada.",
  "action.compensation-claim.description": "Ajuda para pedir dinheiro pelo mal que lhe fizeram.",
  "action.witness-protection-request.description":
    "Se decidir participar num processo em tribunal: um pedido para proteger a si e à sua família.",
  "action.identity-documents-replacement.description":
    "Ajuda para ter novos documentos de identidade quando outras pessoas ficaram com os seus ou os destruíram.",
  "action.family-reunification-application.description":
    "Ajuda para trazer familiares para junto de si, quando for seguro.",
  "action.court-accompaniment.description":
    "Uma pessoa da sua confiança vai consigo à polícia, ao Ministério Público ou ao tribunal.",
  "action.psychological-assessment.description":
    "Uma primeira conversa com uma psicóloga para saber que apoio a pode ajudar.",
  "action.trauma-therapy.description":
    "Sessões regulares com uma terapeuta que conhece o trauma, na sua língua ou com intérprete.",
  "action.crisis-support.description": "Ajuda imediata quando se sente em perigo ou sem forças.",
  "action.health-check.description": "Uma consulta com um médico para cuidar da sua saúde.",
  "action.sexual-reproductive-health-screening.description":
    "Testes e conselhos confidenciais sobre saúde sexual, contraceção e gravidez.",
  "action.primary-care-registration.description":
    "Ajuda para se inscrever num médico de família e ter acesso a cuidados de saúde.",
  "action.tbi-screening.description":
    "Um exame para ver se pancadas na cabeça deixaram marcas, como dores de cabeça ou dificuldade em lembrar-se.",
  "action.addiction-support-referral.description":
    "Se quiser: contacto com um serviço que ajuda com álcool, drogas ou medicamentos.",
  "action.language-course.description": "Um curso para aprender a língua deste país.",
  "action.language-level-test.description": "Um teste que mostra e certifica o seu nível de língua.",
  "action.education-enrolment.description": "Ajuda para voltar à escola ou continuar os seus estudos.",
  "action.vocational-training.description": "Formação para uma profissão que gostaria de ter.",
  "action.job-readiness-course.description":
    "Um curso sobre como procurar emprego, os seus direitos no trabalho e a vida profissional aqui.",
  "action.job-search-support.description": "Ajuda para encontrar um trabalho seguro, legal e justo.",
  "action.formal-employment-contract.description":
    "Um trabalho com contrato escrito, salário legal e segurança social.",
  "action.employer-mediation.description":
    "Apoio se houver problemas no trabalho, ou se quiser mudar de empregador com segurança.",
  "action.financial-allowance.description": "Dinheiro todos os meses para as suas necessidades básicas.",
  "action.bank-account-opening.description": "Ajuda para abrir uma conta bancária em seu nome.",
  "action.debt-advice.description":
    "Conselhos sobre dívidas, também sobre dívidas que outras pessoas dizem que lhes deve.",
  "action.budgeting-support.description": "Ajuda para planear o seu dinheiro mês a mês.",
  "action.peer-group-offer.description": "Um convite para um grupo onde mulheres com experiências parecidas se apoiam.",
  "action.peer-group-attendance.description": "Encontros com um grupo de apoio de mulheres, sempre que quiser.",
  "action.interpreter-booking.description":
    "Uma intérprete profissional para as suas consultas. Pode pedir uma intérprete mulher.",
  "action.cultural-mediation.description": "Uma mediadora cultural que ajuda a si e aos serviços a entenderem-se.",
  "action.digital-safety-check.description":
    "Vemos juntas o seu telemóvel e as suas contas online, para ver se há localização ou contactos indesejados.",
  "action.new-phone-and-accounts.description": "Um telemóvel, um número e contas novos, que só a senhora controla.",
  "action.safety-plan.description": "Um plano, feito consigo, do que fazer e a quem ligar se não se sentir segura.",
  "action.risk-review.description": "Vemos de novo juntas os perigos possíveis e atualizamos o seu plano de segurança.",
  "action.child-protection-referral.description":
    "Se concordar, contacto com o serviço de proteção de crianças, para que os seus filhos estejam seguros e apoiados.",
  "action.special-measures-in-court.description":
    "Se der testemunho: proteção no tribunal, como um biombo, uma ligação por vídeo ou não ter de responder às mesmas perguntas outra vez.",
  "action.identification-support.description":
    "Ajuda para ser reconhecida oficialmente como sobrevivente de tráfico, para ter o apoio e os direitos que isso lhe dá.",
  "action.voluntary-return-or-relocation.description":
    "Só se quiser: ajuda para voltar a casa ou ir para outro lugar em segurança, preparada consigo.",
  "action.complaints-route.description":
    "Como pode fazer uma queixa sobre o nosso serviço ou sobre as autoridades, com segurança e sem perder o apoio.",
  "action.micro-finance.description":
    "Ajuda para obter um pequeno empréstimo ou subsídio para começar o seu próprio trabalho.",
  "action.benefits-registration.description": "Ajuda para se inscrever nos apoios sociais a que tem direito.",
  "action.follow-up-after-closure.description":
    "Se concordar: contactamo-la depois de o apoio terminar, para saber como está.",
};

/** Albanian. */
export const sq: PlanDocumentMessages = {
  "planPrint.title": "Plani im",
  "planPrint.printedOn": "Shtypur më {{date}}",
  "planPrint.noPlan": "Ende nuk ka plan.",
  "planPrint.agreedOn": "Këtë plan e kemi rënë dakord bashkë më {{date}}.",
  "planPrint.goals": "Çfarë dua të arrij",
  "planPrint.steps": "Hapat e ardhshëm",
  "planPrint.done": "Të kryera tashmë",
  "planPrint.none": "Ende nuk ka asgjë këtu.",
  "planPrint.by": "Deri më {{date}}",
  "planPrint.whoHelps": "Kush ndihmon: {{provider}}",
  "planPrint.weHelp": "Kush ndihmon: punonjësja juaj mbështetëse",
  "planPrint.nextTitle": "Kur takohemi përsëri",
  "planPrint.nextReview": "Më {{date}} do ta shohim përsëri bashkë planin tuaj.",
  "planPrint.nextReviewOpen": "Do të caktojmë një datë për ta parë përsëri bashkë planin tuaj.",
  "planPrint.yourPlan": "Ky është plani juaj. Mund ta ndryshoni me ne në çdo kohë.",
  "journey.print.onHold": "Në pritje: po punojmë për atë që e pengon",
  "journey.print.overdue": "Ishte planifikuar deri më {{date}}: caktojmë bashkë një datë të re",
  "journey.print.undated": "Hapat pa datë: datën e zgjedhim bashkë.",
  "domain.accommodation.title": "Strehim i sigurt",
  "domain.childcare.title": "Amësia dhe kujdesi për fëmijët",
  "domain.training.title": "Arsimi dhe formimi profesional",
  "domain.therapy.title": "Mbështetje psikologjike",
  "domain.language.title": "Gjuha",
  "domain.legal.title": "Statusi ligjor dhe të drejtat",
  "domain.medical.title": "Shëndeti",
  "domain.employment.title": "Puna",
  "domain.money.title": "Paratë",
  "domain.peer-support.title": "Mbështetje mes grave",
  "domain.interpreting.title": "Përkthimi gojor dhe ndërmjetësimi kulturor",
  "domain.digital-safety.title": "Siguria dhe siguria dixhitale",
  "action.single-sex-shelter-place.description":
    "Një vend i sigurt për të jetuar, në një shtëpi vetëm për gra, me njerëz që kuptojnë atë që keni kaluar.",
  "action.move-on-flat.description": "Ndihmë për të gjetur shtëpinë tuaj dhe për t'u zhvendosur kur të jeni gati.",
  "action.accommodation-safety-check.description":
    "Kontrollojmë bashkë që vendi ku jetoni të jetë i sigurt dhe i përshtatshëm për ju.",
  "action.mother-and-child-place.description": "Një vend i sigurt ku mund të jetoni bashkë me fëmijët tuaj.",
  "action.child-needs-assessment.description":
    "Shohim bashkë se çfarë u nevojitet fëmijëve tuaj: kujdes, shëndet, shkollë dhe siguri.",
  "action.childcare-place.description":
    "Një vend në çerdhe ose te një kujdestare, që të mund të shkoni në kurse ose në punë.",
  "action.antenatal-care.description": "Vizita te mamia ose te mjeku gjatë shtatzënisë.",
  "action.children-school-enrolment.description": "Ndihmë për të regjistruar fëmijët tuaj në shkollë.",
  "action.legal-needs-assessment.description":
    "Një bisedë e parë me një këshilltar ligjor për situatën tuaj dhe mundësitë që keni.",
  "action.rights-information.description": "Informacion i qartë për të drejtat tuaja, në një gjuhë që e kuptoni.",
  "action.free-legal-representation.description": "Një avokat që ju përfaqëson falas.",
  "action.reflection-period-decision-support.description":
    "Kohë për të pushuar dhe mbështetje për të vendosur, pa presion, çfarë doni të bëni më pas. Mbështetja jonë nuk varet nga shkuarja në polici.",
  "action.residence-permit-application.description": "Ndihmë për të kërkuar leje qëndrimi në këtë vend.",
  "action.work-permit-application.description": "Ndihmë për të kërkuar leje pune.",
  "action.asylum-application.description": "Ndihmë për të kërkuar azil ose mbrojtje si refugjate.",
  "action.non-punishment-defence.description":
    "Ndihmë ligjore nëse akuzoheni për diçka që u detyruat ta bënit kur ishit e shfrytëzuar.",
  "action.compensation-claim.description": "Ndihmë për të kërkuar para për dëmin që ju është bërë.",
  "action.witness-protection-request.description":
    "Nëse vendosni të merrni pjesë në një gjyq: një kërkesë për t'ju mbrojtur ju dhe familjen tuaj.",
  "action.identity-documents-replacement.description":
    "Ndihmë për të marrë dokumente të reja identiteti kur të tjerët jua kanë mbajtur ose shkatërruar.",
  "action.family-reunification-application.description":
    "Ndihmë për të sjellë pranë jush anëtarë të familjes, kur është e sigurt.",
  "action.court-accompaniment.description": "Dikush që i besoni vjen me ju në polici, te prokurori ose në gjykatë.",
  "action.psychological-assessment.description":
    "Një bisedë e parë me një psikologe për të parë se çfarë mbështetjeje mund t'ju ndihmojë.",
  "action.trauma-therapy.description":
    "Seanca të rregullta me një terapiste që njeh traumën, në gjuhën tuaj ose me përkthyes.",
  "action.crisis-support.description": "Ndihmë menjëherë kur ndiheni në rrezik ose të mbingarkuar.",
  "action.health-check.description": "Një kontroll te mjeku për t'u kujdesur për shëndetin tuaj.",
  "action.sexual-reproductive-health-screening.description":
    "Teste dhe këshilla konfidenciale për shëndetin seksual, kontracepsionin dhe shtatzëninë.",
  "action.primary-care-registration.description":
    "Ndihmë për t'u regjistruar te një mjek familjeje dhe për të pasur sigurim shëndetësor.",
  "action.tbi-screening.description":
    "Një kontroll për pasojat e goditjeve në kokë, si dhimbje koke ose vështirësi për të kujtuar.",
  "action.addiction-support-referral.description":
    "Nëse e dëshironi: kontakt me një shërbim që ndihmon me alkoolin, drogat ose ilaçet.",
  "action.language-course.description": "Një kurs për të mësuar gjuhën e këtij vendi.",
  "action.language-level-test.description": "Një test që tregon dhe vërteton nivelin tuaj të gjuhës.",
  "action.education-enrolment.description": "Ndihmë për t'u kthyer në shkollë ose për të vazhduar studimet.",
  "action.vocational-training.description": "Formim për një punë që do të donit të bënit.",
  "action.job-readiness-course.description":
    "Një kurs për aplikimin për punë, të drejtat tuaja në punë dhe jetën e punës këtu.",
  "action.job-search-support.description": "Ndihmë për të gjetur një punë të sigurt, të ligjshme dhe të drejtë.",
  "action.formal-employment-contract.description":
    "Një punë me kontratë me shkrim, pagë të ligjshme dhe sigurime shoqërore.",
  "action.employer-mediation.description":
    "Mbështetje nëse ka probleme në punë, ose nëse doni të ndërroni punëdhënësin në mënyrë të sigurt.",
  "action.financial-allowance.description": "Para të rregullta çdo muaj për nevojat tuaja bazë.",
  "action.bank-account-opening.description": "Ndihmë për të hapur një llogari bankare në emrin tuaj.",
  "action.debt-advice.description": "Këshilla për borxhet, edhe për borxhet që të tjerët thonë se ua keni.",
  "action.budgeting-support.description": "Ndihmë për të planifikuar paratë tuaja muaj pas muaji.",
  "action.peer-group-offer.description":
    "Një ftesë në një grup ku gra me përvoja të ngjashme mbështesin njëra-tjetrën.",
  "action.peer-group-attendance.description": "Takime me një grup mbështetjeje grash, aq shpesh sa të doni.",
  "action.interpreter-booking.description":
    "Një përkthyese profesionale për takimet tuaja. Mund të kërkoni një përkthyese grua.",
  "action.cultural-mediation.description":
    "Një ndërmjetëse kulturore që ju ndihmon ju dhe shërbimet të kuptoni njëri-tjetrin.",
  "action.digital-safety-check.description":
    "Kontrollojmë bashkë telefonin dhe llogaritë tuaja në internet për gjurmim ose kontakte të padëshiruara.",
  "action.new-phone-and-accounts.description": "Një telefon, numër dhe llogari të reja që i kontrolloni vetëm ju.",
  "action.safety-plan.description":
    "Një plan, i bërë me ju, për çfarë të bëni dhe kë të telefononi nëse nuk ndiheni e sigurt.",
  "action.risk-review.description":
    "Shohim përsëri bashkë rreziqet e mundshme dhe përditësojmë planin tuaj të sigurisë.",
  "action.child-protection-referral.description":
    "Nëse jeni dakord, kontakt me shërbimin për mbrojtjen e fëmijëve, që fëmijët tuaj të jenë të sigurt dhe të mbështetur.",
  "action.special-measures-in-court.description":
    "Nëse dëshmoni: mbrojtje në gjykatë, si një paravan, një lidhje video ose të mos ju bëjnë të njëjtat pyetje përsëri.",
  "action.identification-support.description":
    "Ndihmë për t'u njohur zyrtarisht si e mbijetuar e trafikimit, që të merrni mbështetjen dhe të drejtat që vijnë me të.",
  "action.voluntary-return-or-relocation.description":
    "Vetëm nëse e doni: ndihmë për t'u kthyer në shtëpi ose për t'u zhvendosur diku tjetër në mënyrë të sigurt, e përgatitur me ju.",
  "action.complaints-route.description":
    "Si mund të ankoheni për shërbimin tonë ose për autoritetet, në mënyrë të sigurt dhe pa humbur mbështetjen.",
  "action.micro-finance.description": "Ndihmë për të marrë një hua ose grant të vogël për të filluar punën tuaj.",
  "action.benefits-registration.description": "Ndihmë për t'u regjistruar për ndihmat sociale që ju takojnë.",
  "action.follow-up-after-closure.description":
    "Nëse jeni dakord: ju kontaktojmë pasi të mbarojë mbështetja, për të parë si jeni.",
};

/** Arabic. */
export const ar: PlanDocumentMessages = {
  "planPrint.title": "خطتي",
  "planPrint.printedOn": "طُبعت في {{date}}",
  "planPrint.noPlan": "لا توجد خطة بعد.",
  "planPrint.agreedOn": "اتفقنا معًا على هذه الخطة في {{date}}.",
  "planPrint.goals": "ما أريد أن أصل إليه",
  "planPrint.steps": "الخطوات القادمة",
  "planPrint.done": "ما تم إنجازه",
  "planPrint.none": "لا يوجد شيء هنا بعد.",
  "planPrint.by": "قبل {{date}}",
  "planPrint.whoHelps": "من يساعد: {{provider}}",
  "planPrint.weHelp": "من يساعد: المرشدة التي تدعمكِ",
  "planPrint.nextTitle": "متى نلتقي مرة أخرى",
  "planPrint.nextReview": "سننظر معًا في خطتكِ مرة أخرى في {{date}}.",
  "planPrint.nextReviewOpen": "سنتفق على موعد لننظر معًا في خطتكِ مرة أخرى.",
  "planPrint.yourPlan": "هذه خطتكِ. يمكنكِ تغييرها معنا في أي وقت.",
  "journey.print.onHold": "متوقفة مؤقتًا: نعمل على ما يعيق هذه الخطوة",
  "journey.print.overdue": "كانت مخططة قبل {{date}}: نحدد معًا موعدًا جديدًا",
  "journey.print.undated": "خطوات بلا تاريخ: نختار التاريخ معًا.",
  "domain.accommodation.title": "سكن آمن",
  "domain.childcare.title": "الأمومة ورعاية الأطفال",
  "domain.training.title": "التعليم والتدريب المهني",
  "domain.therapy.title": "الدعم النفسي",
  "domain.language.title": "اللغة",
  "domain.legal.title": "الوضع القانوني والحقوق",
  "domain.medical.title": "الصحة",
  "domain.employment.title": "العمل",
  "domain.money.title": "المال",
  "domain.peer-support.title": "دعم بين النساء",
  "domain.interpreting.title": "الترجمة الشفهية والوساطة الثقافية",
  "domain.digital-safety.title": "الأمان والأمان الرقمي",
  "action.single-sex-shelter-place.description": "مكان آمن للعيش في بيت للنساء فقط، مع عاملات يفهمن ما مررتِ به.",
  "action.move-on-flat.description": "مساعدة لإيجاد مسكن خاص بكِ والانتقال إليه عندما تكونين مستعدة.",
  "action.accommodation-safety-check.description": "نتأكد معًا أن المكان الذي تعيشين فيه آمن ومناسب لكِ.",
  "action.mother-and-child-place.description": "مكان آمن تعيشين فيه مع أطفالكِ.",
  "action.child-needs-assessment.description": "ننظر معًا فيما يحتاجه أطفالكِ: الرعاية والصحة والمدرسة والأمان.",
  "action.childcare-place.description": "مكان في حضانة أو عند مربية أطفال، لتتمكني من حضور الدورات أو العمل.",
  "action.antenatal-care.description": "فحوصات عند قابلة أو طبيب أثناء الحمل.",
  "action.children-school-enrolment.description": "مساعدة لتسجيل أطفالكِ في مدرسة.",
  "action.legal-needs-assessment.description": "حديث أول مع مستشار قانوني عن وضعكِ والخيارات المتاحة لكِ.",
  "action.rights-information.description": "معلومات واضحة عن حقوقكِ، بلغة تفهمينها.",
  "action.free-legal-representation.description": "محامٍ يمثلكِ مجانًا.",
  "action.reflection-period-decision-support.description":
    "وقت للراحة ودعم لتقرري، دون ضغط، ما تريدين فعله بعد ذلك. دعمنا لا يتوقف على الذهاب إلى الشرطة.",
  "action.residence-permit-application.description": "مساعدة لتقديم طلب إقامة في هذا البلد.",
  "action.work-permit-application.description": "مساعدة لتقديم طلب تصريح عمل.",
  "action.asylum-application.description": "مساعدة لتقديم طلب لجوء أو حماية.",
  "action.non-punishment-defence.description": "مساعدة قانونية إذا اتُّهمتِ بشيء أُجبرتِ على فعله أثناء استغلالكِ.",
  "action.compensation-claim.description": "مساعدة للمطالبة بتعويض مالي عن الأذى الذي لحق بكِ.",
  "action.witness-protection-request.description": "إذا قررتِ المشاركة في قضية أمام المحكمة: طلب لحمايتكِ وحماية عائلتكِ.",
  "action.identity-documents-replacement.description":
    "مساعدة للحصول على أوراق هوية جديدة إذا احتفظ بها آخرون أو أتلفوها.",
  "action.family-reunification-application.description":
    "مساعدة لاستقدام أفراد من عائلتكِ ليكونوا معكِ، عندما يكون ذلك آمنًا.",
  "action.court-accompaniment.description": "شخص تثقين به يرافقكِ إلى الشرطة أو النيابة أو المحكمة.",
  "action.psychological-assessment.description": "حديث أول مع أخصائية نفسية لمعرفة الدعم الذي قد يساعدكِ.",
  "action.trauma-therapy.description": "جلسات منتظمة مع معالجة تعرف الصدمات النفسية، بلغتكِ أو مع مترجمة.",
  "action.crisis-support.description": "مساعدة فورية عندما تشعرين بالخطر أو بأن الأمور فوق طاقتكِ.",
  "action.health-check.description": "فحص عند طبيب للعناية بصحتكِ.",
  "action.sexual-reproductive-health-screening.description": "فحوصات ونصائح سرية عن الصحة الجنسية ومنع الحمل والحمل.",
  "action.primary-care-registration.description": "مساعدة للتسجيل عند طبيب أسرة والحصول على تغطية صحية.",
  "action.tbi-screening.description": "فحص لآثار الضربات على الرأس، مثل الصداع أو صعوبة التذكر.",
  "action.addiction-support-referral.description":
    "إذا أردتِ: تواصل مع خدمة تساعد في مشاكل الكحول أو المخدرات أو الأدوية.",
  "action.language-course.description": "دورة لتعلم لغة هذا البلد.",
  "action.language-level-test.description": "اختبار يبيّن مستواكِ في اللغة ويثبته بشهادة.",
  "action.education-enrolment.description": "مساعدة للعودة إلى المدرسة أو لمتابعة دراستكِ.",
  "action.vocational-training.description": "تدريب على مهنة تحبين العمل فيها.",
  "action.job-readiness-course.description": "دورة عن التقدم للوظائف وحقوقكِ في العمل والحياة المهنية هنا.",
  "action.job-search-support.description": "مساعدة لإيجاد عمل آمن وقانوني وعادل.",
  "action.formal-employment-contract.description": "عمل بعقد مكتوب وأجر قانوني وتأمين اجتماعي.",
  "action.employer-mediation.description": "دعم إذا واجهتِ مشاكل في العمل، أو إذا أردتِ تغيير صاحب العمل بأمان.",
  "action.financial-allowance.description": "مبلغ منتظم كل شهر لاحتياجاتكِ الأساسية.",
  "action.bank-account-opening.description": "مساعدة لفتح حساب مصرفي باسمكِ.",
  "action.debt-advice.description": "نصائح عن الديون، ومنها الديون التي يدّعي آخرون أنكِ مدينة لهم بها.",
  "action.budgeting-support.description": "مساعدة لتنظيم مالكِ من شهر إلى شهر.",
  "action.peer-group-offer.description": "دعوة إلى مجموعة تدعم فيها النساء ذوات التجارب المشابهة بعضهن بعضًا.",
  "action.peer-group-attendance.description": "لقاءات مع مجموعة دعم نسائية، كلما أردتِ.",
  "action.interpreter-booking.description": "مترجمة محترفة لمواعيدكِ. يمكنكِ طلب مترجمة امرأة.",
  "action.cultural-mediation.description": "وسيطة ثقافية تساعدكِ والجهات المختلفة على فهم بعضكم بعضًا.",
  "action.digital-safety-check.description":
    "نفحص معًا هاتفكِ وحساباتكِ على الإنترنت بحثًا عن تتبع أو تواصل غير مرغوب فيه.",
  "action.new-phone-and-accounts.description": "هاتف ورقم وحسابات جديدة لا يتحكم بها أحد غيركِ.",
  "action.safety-plan.description": "خطة نضعها معكِ: ماذا تفعلين وبمن تتصلين إذا شعرتِ بعدم الأمان.",
  "action.risk-review.description": "ننظر معًا مرة أخرى في المخاطر الممكنة ونحدّث خطة أمانكِ.",
  "action.child-protection-referral.description":
    "إذا وافقتِ: تواصل مع خدمة حماية الطفل ليكون أطفالكِ في أمان ويحصلوا على الدعم.",
  "action.special-measures-in-court.description":
    "إذا أدليتِ بشهادتكِ: حماية في المحكمة، مثل حاجز أو اتصال بالفيديو أو عدم تكرار الأسئلة نفسها عليكِ.",
  "action.identification-support.description":
    "مساعدة ليُعترف بكِ رسميًا كناجية من الاتجار بالبشر، لتحصلي على الدعم والحقوق المرتبطة بذلك.",
  "action.voluntary-return-or-relocation.description":
    "فقط إذا أردتِ: مساعدة للعودة إلى بلدكِ أو الانتقال إلى مكان آخر بأمان، نحضّر لها معكِ.",
  "action.complaints-route.description": "كيف يمكنكِ تقديم شكوى عن خدمتنا أو عن السلطات، بأمان ودون أن تفقدي الدعم.",
  "action.micro-finance.description": "مساعدة للحصول على قرض صغير أو منحة لبدء عملكِ الخاص.",
  "action.benefits-registration.description": "مساعدة للتسجيل في المساعدات الاجتماعية التي هي من حقكِ.",
  "action.follow-up-after-closure.description": "إذا وافقتِ: نتواصل معكِ بعد انتهاء الدعم لنطمئن عليكِ.",
};

/** Chinese (Simplified). */
export const zh: PlanDocumentMessages = {
  "planPrint.title": "我的计划",
  "planPrint.printedOn": "打印日期：{{date}}",
  "planPrint.noPlan": "还没有计划。",
  "planPrint.agreedOn": "我们在{{date}}一起商定了这个计划。",
  "planPrint.goals": "我想达到的目标",
  "planPrint.steps": "下一步",
  "planPrint.done": "已经完成",
  "planPrint.none": "这里还没有内容。",
  "planPrint.by": "在{{date}}之前",
  "planPrint.whoHelps": "谁来帮助：{{provider}}",
  "planPrint.weHelp": "谁来帮助：您的支持工作者",
  "planPrint.nextTitle": "我们什么时候再见面",
  "planPrint.nextReview": "我们会在{{date}}再一起看您的计划。",
  "planPrint.nextReviewOpen": "我们会约一个日期，再一起看您的计划。",
  "planPrint.yourPlan": "这是您的计划。您随时可以和我们一起修改它。",
  "journey.print.onHold": "暂停：我们正在解决阻碍这一步的问题",
  "journey.print.overdue": "原计划在{{date}}之前：我们一起定一个新日期",
  "journey.print.undated": "没有日期的步骤：我们一起选定日期。",
  "domain.accommodation.title": "安全住所",
  "domain.childcare.title": "母亲身份与照顾孩子",
  "domain.training.title": "教育和职业培训",
  "domain.therapy.title": "心理支持",
  "domain.language.title": "语言",
  "domain.legal.title": "法律身份和权利",
  "domain.medical.title": "健康",
  "domain.employment.title": "工作",
  "domain.money.title": "钱",
  "domain.peer-support.title": "女性互助",
  "domain.interpreting.title": "口译和文化调解",
  "domain.digital-safety.title": "安全和数字安全",
  "action.single-sex-shelter-place.description": "一个安全的住处，在只有女性的房子里，工作人员理解您经历过的事。",
  "action.move-on-flat.description": "在您准备好时，帮您找到并搬进自己的住房。",
  "action.accommodation-safety-check.description": "我们一起检查您住的地方是否安全、是否适合您。",
  "action.mother-and-child-place.description": "一个您可以和孩子一起住的安全地方。",
  "action.child-needs-assessment.description": "我们一起看您的孩子需要什么：照顾、健康、上学和安全。",
  "action.childcare-place.description": "托儿所或保姆的名额，让您可以去上课或工作。",
  "action.antenatal-care.description": "怀孕期间由助产士或医生做检查。",
  "action.children-school-enrolment.description": "帮您给孩子在学校报名。",
  "action.legal-needs-assessment.description": "和法律顾问的第一次谈话，了解您的情况和您的选择。",
  "action.rights-information.description": "用您听得懂的语言，清楚地告诉您有哪些权利。",
  "action.free-legal-representation.description": "一位免费代表您的律师。",
  "action.reflection-period-decision-support.description":
    "有时间休息，也有人支持您在没有压力的情况下决定接下来想做什么。我们的支持不取决于您是否去报警。",
  "action.residence-permit-application.description": "帮您申请在这个国家居留的许可。",
  "action.work-permit-application.description": "帮您申请工作许可。",
  "action.asylum-application.description": "帮您申请庇护或难民保护。",
  "action.non-punishment-defence.description": "如果您因被剥削时被迫做的事而受到指控，为您提供法律帮助。",
  "action.compensation-claim.description": "帮您为受到的伤害申请赔偿。",
  "action.witness-protection-request.description": "如果您决定参与法庭案件：申请保护您和您的家人。",
  "action.identity-documents-replacement.description": "如果别人扣留或毁掉了您的身份证件，帮您办理新证件。",
  "action.family-reunification-application.description": "在安全的情况下，帮您让家人来和您团聚。",
  "action.court-accompaniment.description": "一位您信任的人陪您去警察局、检察官那里或法院。",
  "action.psychological-assessment.description": "和心理咨询师的第一次谈话，了解什么支持可以帮助您。",
  "action.trauma-therapy.description": "定期和了解创伤的治疗师谈话，用您的语言或有口译员在场。",
  "action.crisis-support.description": "当您感到危险或无法承受时，马上得到帮助。",
  "action.health-check.description": "看医生做检查，照顾好您的健康。",
  "action.sexual-reproductive-health-screening.description": "关于性健康、避孕和怀孕的保密检查和建议。",
  "action.primary-care-registration.description": "帮您在家庭医生处登记并获得医疗保障。",
  "action.tbi-screening.description": "检查头部受到击打后的后遗症，比如头痛或记不住事情。",
  "action.addiction-support-referral.description": "如果您愿意：联系帮助解决酒精、毒品或药物问题的服务。",
  "action.language-course.description": "学习这个国家语言的课程。",
  "action.language-level-test.description": "一个显示并证明您语言水平的考试。",
  "action.education-enrolment.description": "帮您重新上学或继续学习。",
  "action.vocational-training.description": "您想从事的职业的培训。",
  "action.job-readiness-course.description": "关于求职、工作中的权利以及这里的职场生活的课程。",
  "action.job-search-support.description": "帮您找到一份安全、合法、公平的工作。",
  "action.formal-employment-contract.description": "一份有书面合同、合法工资和社会保险的工作。",
  "action.employer-mediation.description": "如果工作中有问题，或者您想安全地换雇主，我们为您提供支持。",
  "action.financial-allowance.description": "每个月固定的钱，用于您的基本需要。",
  "action.bank-account-opening.description": "帮您用自己的名字开一个银行账户。",
  "action.debt-advice.description": "关于债务的建议，包括别人说您欠他们的债。",
  "action.budgeting-support.description": "帮您按月规划您的钱。",
  "action.peer-group-offer.description": "邀请您参加一个小组，有相似经历的女性在那里互相支持。",
  "action.peer-group-attendance.description": "和女性互助小组见面，次数由您决定。",
  "action.interpreter-booking.description": "为您的预约安排专业口译员。您可以要求女性口译员。",
  "action.cultural-mediation.description": "一位文化调解员，帮助您和各个机构互相理解。",
  "action.digital-safety-check.description": "我们一起检查您的手机和网上账户，看有没有被跟踪或不想要的联系。",
  "action.new-phone-and-accounts.description": "一部新手机、新号码和只有您自己能控制的新账户。",
  "action.safety-plan.description": "和您一起制定的计划：感到不安全时该做什么、打电话给谁。",
  "action.risk-review.description": "我们再一起看看可能的危险，并更新您的安全计划。",
  "action.child-protection-referral.description": "如果您同意，联系儿童保护机构，让您的孩子安全并得到支持。",
  "action.special-measures-in-court.description":
    "如果您出庭作证：在法庭上保护您，比如用屏风、视频连线，或不让别人再问您同样的问题。",
  "action.identification-support.description": "帮您正式被认定为人口贩卖的幸存者，这样您可以得到相应的支持和权利。",
  "action.voluntary-return-or-relocation.description": "只有在您愿意时：帮您安全地回家或搬到别的地方，和您一起准备。",
  "action.complaints-route.description": "您可以怎样安全地投诉我们的服务或政府部门，而且不会失去支持。",
  "action.micro-finance.description": "帮您获得小额贷款或补助，开始自己的工作。",
  "action.benefits-registration.description": "帮您申请您有权得到的社会福利。",
  "action.follow-up-after-closure.description": "如果您同意：在支持结束后我们会联系您，看看您过得怎么样。",
};
