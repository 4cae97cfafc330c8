import type { MessagesOf } from "../message-types.ts";

/** Users and organisation settings. */
export const en = {
  "organisation.error.nameTaken":
    "Another organisation on this installation already has this name. Choose another one.",
  "admin.alreadyMember": "This person is already a member of your organisation.",
  "admin.passwordTooShort": "The first password needs at least 12 characters.",
  "admin.notOwnMembership": "You cannot change your own role or deactivate yourself. Ask another administrator.",
  "organisation.error.timeZone": "Choose a time zone from the list, such as Europe/Berlin.",
  "organisation.error.reflectionDays":
    "Enter the length of the reflection period in days, from 1 to 730, or leave it empty.",
  "organisation.error.permitTypeTwice": "List each permit type only once.",
  "organisation.error.country": "Give the country as its two-letter code, such as DE or IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Turn on two-step sign-in for yourself (My account) before requiring it of administrators.",
  "admin.twoStep.notOwnReset":
    "You cannot reset your own two-step sign-in here: another administrator must do it (a stolen session must never be able to remove your second factor).",
  "admin.twoStep.resetElsewhere":
    "Her account is also used by another organisation: her two-step sign-in cannot be reset from here. Ask her to use one of her recovery codes, or the other organisation's administrator.",
  "admin.twoStep.notEnrolled": "She has no two-step sign-in to reset.",
  "admin.twoStep.alreadyEnrolled": "She already uses two-step sign-in: there is nothing to approve.",
  "auth.enrolmentNeedsApproval":
    "Your organisation requires two-step sign-in for your role. Ask an administrator to approve setting it up, then sign in again.",
} as const;

export const de: MessagesOf<typeof en> = {
  "organisation.error.nameTaken":
    "Eine andere Organisation auf dieser Installation hat bereits diesen Namen. Wählen Sie einen anderen.",
  "admin.alreadyMember": "Diese Person ist bereits Mitglied Ihrer Organisation.",
  "admin.passwordTooShort": "Das erste Passwort braucht mindestens 12 Zeichen.",
  "admin.notOwnMembership":
    "Sie können Ihre eigene Rolle nicht ändern und sich nicht selbst deaktivieren. Bitten Sie eine andere Administratorin.",
  "organisation.error.timeZone": "Wählen Sie eine Zeitzone aus der Liste, etwa Europe/Berlin.",
  "organisation.error.reflectionDays":
    "Geben Sie die Dauer der Bedenkzeit in Tagen an (1 bis 730) oder lassen Sie das Feld leer.",
  "organisation.error.permitTypeTwice": "Führen Sie jede Art von Aufenthaltstitel nur einmal auf.",
  "organisation.error.country": "Geben Sie das Land mit seinem zweistelligen Code an, etwa DE oder IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Schalten Sie die Zwei-Schritt-Anmeldung zuerst für sich selbst ein (Mein Konto), bevor Sie sie für Administratorinnen verlangen.",
  "admin.twoStep.notOwnReset":
    "Ihre eigene Zwei-Schritt-Anmeldung können Sie hier nicht zurücksetzen: Das muss eine andere Administratorin tun (eine gestohlene Sitzung darf Ihren zweiten Faktor nie entfernen können).",
  "admin.twoStep.resetElsewhere":
    "Ihr Konto wird auch von einer anderen Organisation genutzt: Ihre Zwei-Schritt-Anmeldung kann nicht von hier zurückgesetzt werden. Bitten Sie sie, einen ihrer Wiederherstellungscodes zu verwenden, oder wenden Sie sich an die Administration der anderen Organisation.",
  "admin.twoStep.notEnrolled": "Sie hat keine Zwei-Schritt-Anmeldung, die zurückgesetzt werden könnte.",
  "admin.twoStep.alreadyEnrolled": "Sie nutzt die Zwei-Schritt-Anmeldung bereits: Es gibt nichts freizugeben.",
  "auth.enrolmentNeedsApproval":
    "Ihre Organisation verlangt für Ihre Rolle die Zwei-Schritt-Anmeldung. Bitten Sie eine Administratorin, die Einrichtung freizugeben, und melden Sie sich dann erneut an.",
};

export const it: MessagesOf<typeof en> = {
  "organisation.error.nameTaken":
    "Un'altra organizzazione su questa installazione ha già questo nome. Scegline un altro.",
  "admin.alreadyMember": "Questa persona fa già parte della tua organizzazione.",
  "admin.passwordTooShort": "La prima password deve avere almeno 12 caratteri.",
  "admin.notOwnMembership":
    "Non puoi cambiare il tuo ruolo né disattivarti. Chiedi a un'altra persona dell'amministrazione.",
  "organisation.error.timeZone": "Scegli un fuso orario dall'elenco, per esempio Europe/Rome.",
  "organisation.error.reflectionDays":
    "Indica la durata del periodo di riflessione in giorni, da 1 a 730, oppure lascia il campo vuoto.",
  "organisation.error.permitTypeTwice": "Elenca ogni tipo di permesso una sola volta.",
  "organisation.error.country": "Indica il paese con il suo codice di due lettere, per esempio DE o IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Attiva prima l'accesso in due passaggi per te (Il mio account), poi richiedilo all'amministrazione.",
  "admin.twoStep.notOwnReset":
    "Non puoi reimpostare qui il tuo accesso in due passaggi: deve farlo un'altra amministratrice (una sessione rubata non deve mai poter rimuovere il tuo secondo fattore).",
  "admin.twoStep.resetElsewhere":
    "Il suo account è usato anche da un'altra organizzazione: il suo accesso in due passaggi non può essere reimpostato da qui. Chiedile di usare uno dei suoi codici di recupero, oppure rivolgiti all'amministrazione dell'altra organizzazione.",
  "admin.twoStep.notEnrolled": "Non ha un accesso in due passaggi da reimpostare.",
  "admin.twoStep.alreadyEnrolled": "Usa già l'accesso in due passaggi: non c'è nulla da approvare.",
  "auth.enrolmentNeedsApproval":
    "La tua organizzazione richiede l'accesso in due passaggi per il tuo ruolo. Chiedi all'amministrazione di approvarne l'attivazione, poi accedi di nuovo.",
};

export const el: MessagesOf<typeof en> = {
  "organisation.error.nameTaken":
    "Ένας άλλος οργανισμός σε αυτή την εγκατάσταση έχει ήδη αυτό το όνομα. Επιλέξτε άλλο.",
  "admin.alreadyMember": "Αυτό το πρόσωπο είναι ήδη μέλος του οργανισμού σας.",
  "admin.passwordTooShort": "Ο πρώτος κωδικός πρόσβασης χρειάζεται τουλάχιστον 12 χαρακτήρες.",
  "admin.notOwnMembership":
    "Δεν μπορείτε να αλλάξετε τον δικό σας ρόλο ή να απενεργοποιήσετε τον εαυτό σας. Ζητήστε το από άλλο πρόσωπο της διαχείρισης.",
  "organisation.error.timeZone": "Επιλέξτε ζώνη ώρας από τη λίστα, π.χ. Europe/Berlin.",
  "organisation.error.reflectionDays":
    "Εισαγάγετε τη διάρκεια της περιόδου περίσκεψης σε ημέρες, από 1 έως 730, ή αφήστε το πεδίο κενό.",
  "organisation.error.permitTypeTwice": "Καταχωρίστε κάθε είδος άδειας μόνο μία φορά.",
  "organisation.error.country": "Δώστε τη χώρα με τον διψήφιο κωδικό της, π.χ. DE ή IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Ενεργοποιήστε πρώτα τη σύνδεση δύο βημάτων για εσάς (Ο λογαριασμός μου) πριν την απαιτήσετε από τη διαχείριση συστήματος.",
  "admin.twoStep.notOwnReset":
    "Δεν μπορείτε να επαναφέρετε εδώ τη δική σας σύνδεση δύο βημάτων: πρέπει να το κάνει άλλο πρόσωπο της διαχείρισης (μια κλεμμένη συνεδρία δεν πρέπει ποτέ να μπορεί να αφαιρέσει τον δεύτερο παράγοντά σας).",
  "admin.twoStep.resetElsewhere":
    "Ο λογαριασμός της χρησιμοποιείται και από άλλον οργανισμό: η σύνδεση δύο βημάτων της δεν μπορεί να επαναφερθεί από εδώ. Ζητήστε της να χρησιμοποιήσει έναν από τους κωδικούς ανάκτησης ή απευθυνθείτε στη διαχείριση του άλλου οργανισμού.",
  "admin.twoStep.notEnrolled": "Δεν έχει σύνδεση δύο βημάτων για επαναφορά.",
  "admin.twoStep.alreadyEnrolled": "Χρησιμοποιεί ήδη σύνδεση δύο βημάτων: δεν υπάρχει τίποτα για έγκριση.",
  "auth.enrolmentNeedsApproval":
    "Ο οργανισμός σας απαιτεί σύνδεση δύο βημάτων για τον ρόλο σας. Ζητήστε από τη διαχείριση συστήματος να εγκρίνει τη ρύθμισή της και συνδεθείτε ξανά.",
};

export const es: MessagesOf<typeof en> = {
  "organisation.error.nameTaken": "Otra organización de esta instalación ya tiene este nombre. Elija otro.",
  "admin.alreadyMember": "Esta persona ya es miembro de su organización.",
  "admin.passwordTooShort": "La primera contraseña necesita al menos 12 caracteres.",
  "admin.notOwnMembership": "No puede cambiar su propio rol ni desactivarse. Pídaselo a otra persona administradora.",
  "organisation.error.timeZone": "Elija una zona horaria de la lista, como Europe/Madrid.",
  "organisation.error.reflectionDays":
    "Indique la duración del periodo de reflexión en días, de 1 a 730, o deje el campo vacío.",
  "organisation.error.permitTypeTwice": "Indique cada tipo de autorización una sola vez.",
  "organisation.error.country": "Indique el país con su código de dos letras, como ES o IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Active primero el inicio de sesión en dos pasos para usted (Mi cuenta) antes de exigirlo a las personas administradoras.",
  "admin.twoStep.notOwnReset":
    "Aquí no puede restablecer su propio inicio de sesión en dos pasos: debe hacerlo otra persona administradora (una sesión robada nunca debe poder quitar su segundo factor).",
  "admin.twoStep.resetElsewhere":
    "Su cuenta también la usa otra organización: su inicio de sesión en dos pasos no se puede restablecer desde aquí. Pídale que use uno de sus códigos de recuperación, o recurra a la administración de la otra organización.",
  "admin.twoStep.notEnrolled": "No tiene inicio de sesión en dos pasos que restablecer.",
  "admin.twoStep.alreadyEnrolled": "Ya usa el inicio de sesión en dos pasos: no hay nada que aprobar.",
  "auth.enrolmentNeedsApproval":
    "Su organización exige el inicio de sesión en dos pasos para su rol. Pida a una persona administradora que apruebe su configuración y vuelva a iniciar sesión.",
};

export const fr: MessagesOf<typeof en> = {
  "organisation.error.nameTaken":
    "Une autre organisation de cette installation porte déjà ce nom. Choisissez-en un autre.",
  "admin.alreadyMember": "Cette personne est déjà membre de votre organisation.",
  "admin.passwordTooShort": "Le premier mot de passe doit compter au moins 12 caractères.",
  "admin.notOwnMembership":
    "Vous ne pouvez pas modifier votre propre rôle ni vous désactiver. Demandez à un·e autre administrateur·rice.",
  "organisation.error.timeZone": "Choisissez un fuseau horaire dans la liste, comme Europe/Paris.",
  "organisation.error.reflectionDays":
    "Indiquez la durée du délai de réflexion en jours, de 1 à 730, ou laissez le champ vide.",
  "organisation.error.permitTypeTwice": "Indiquez chaque type de titre de séjour une seule fois.",
  "organisation.error.country": "Indiquez le pays par son code à deux lettres, comme FR ou BE.",
  "admin.twoStep.enrolYourselfFirst":
    "Activez d'abord la connexion en deux étapes pour vous-même (Mon compte) avant de l'exiger des administrateur·rices.",
  "admin.twoStep.notOwnReset":
    "Vous ne pouvez pas réinitialiser ici votre propre connexion en deux étapes : un·e autre administrateur·rice doit le faire (une session volée ne doit jamais pouvoir supprimer votre second facteur).",
  "admin.twoStep.resetElsewhere":
    "Son compte est aussi utilisé par une autre organisation : sa connexion en deux étapes ne peut pas être réinitialisée d'ici. Demandez-lui d'utiliser l'un de ses codes de secours, ou adressez-vous à l'administration de l'autre organisation.",
  "admin.twoStep.notEnrolled": "Elle n'a pas de connexion en deux étapes à réinitialiser.",
  "admin.twoStep.alreadyEnrolled": "Elle utilise déjà la connexion en deux étapes : il n'y a rien à approuver.",
  "auth.enrolmentNeedsApproval":
    "Votre organisation exige la connexion en deux étapes pour votre rôle. Demandez à un·e administrateur·rice d'approuver sa mise en place, puis reconnectez-vous.",
};

export const ro: MessagesOf<typeof en> = {
  "organisation.error.nameTaken": "O altă organizație din această instalare are deja acest nume. Alegeți alt nume.",
  "admin.alreadyMember": "Această persoană este deja membră a organizației dumneavoastră.",
  "admin.passwordTooShort": "Prima parolă trebuie să aibă cel puțin 12 caractere.",
  "admin.notOwnMembership":
    "Nu vă puteți schimba propriul rol și nici nu vă puteți dezactiva singur. Cereți ajutorul altui administrator.",
  "organisation.error.timeZone": "Alegeți un fus orar din listă, de exemplu Europe/Berlin.",
  "organisation.error.reflectionDays":
    "Introduceți durata perioadei de reflecție în zile, de la 1 la 730, sau lăsați câmpul gol.",
  "organisation.error.permitTypeTwice": "Introduceți fiecare tip de permis o singură dată.",
  "organisation.error.country": "Indicați țara prin codul ei din două litere, de exemplu DE sau IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Activați mai întâi autentificarea în doi pași pentru dumneavoastră (Contul meu), înainte de a o impune administratorilor.",
  "admin.twoStep.notOwnReset":
    "Nu vă puteți reseta aici propria autentificare în doi pași: trebuie să o facă un alt administrator (o sesiune furată nu trebuie să poată elimina niciodată al doilea factor).",
  "admin.twoStep.resetElsewhere":
    "Contul ei este folosit și de o altă organizație: autentificarea ei în doi pași nu poate fi resetată de aici. Rugați-o să folosească unul dintre codurile ei de recuperare sau apelați la administratorul celeilalte organizații.",
  "admin.twoStep.notEnrolled": "Ea nu are o autentificare în doi pași care să poată fi resetată.",
  "admin.twoStep.alreadyEnrolled": "Ea folosește deja autentificarea în doi pași: nu este nimic de aprobat.",
  "auth.enrolmentNeedsApproval":
    "Organizația dumneavoastră impune autentificarea în doi pași pentru rolul dumneavoastră. Cereți unui administrator să aprobe configurarea ei, apoi autentificați-vă din nou.",
};

export const bg: MessagesOf<typeof en> = {
  "organisation.error.nameTaken": "Друга организация в тази инсталация вече има това име. Изберете друго.",
  "admin.alreadyMember": "Това лице вече е член на Вашата организация.",
  "admin.passwordTooShort": "Първата парола трябва да има поне 12 знака.",
  "admin.notOwnMembership":
    "Не можете да промените собствената си роля или да деактивирате себе си. Обърнете се към друг администратор.",
  "organisation.error.timeZone": "Изберете часова зона от списъка, например Europe/Berlin.",
  "organisation.error.reflectionDays":
    "Въведете продължителността на периода за размисъл в дни, от 1 до 730, или оставете полето празно.",
  "organisation.error.permitTypeTwice": "Въведете всеки вид разрешение само веднъж.",
  "organisation.error.country": "Посочете държавата с двубуквения ѝ код, например DE или IT.",
  "admin.twoStep.enrolYourselfFirst":
    "Включете влизане в две стъпки за себе си (Моят профил), преди да го изисквате от администраторите.",
  "admin.twoStep.notOwnReset":
    "Тук не можете да нулирате собственото си влизане в две стъпки: това трябва да направи друг администратор (откраднатата сесия никога не бива да може да премахне втория Ви фактор).",
  "admin.twoStep.resetElsewhere":
    "Нейният профил се използва и от друга организация: влизането ѝ в две стъпки не може да бъде нулирано оттук. Помолете я да използва един от кодовете си за възстановяване или се обърнете към администратора на другата организация.",
  "admin.twoStep.notEnrolled": "Тя няма влизане в две стъпки за нулиране.",
  "admin.twoStep.alreadyEnrolled": "Тя вече използва влизане в две стъпки: няма какво да се одобрява.",
  "auth.enrolmentNeedsApproval":
    "Вашата организация изисква влизане в две стъпки за Вашата роля. Помолете администратор да одобри настройването му, след това влезте отново.",
};
