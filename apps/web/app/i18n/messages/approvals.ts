/** The managers' approval queue and "changed since approval" (issue 16). */
export const en = {
  "nav.approvals": "Approvals",
  "approvals.title": "Plans waiting for approval",
  "approvals.intro":
    "Plans submitted for approval, and approved plans changed since, the longest waiting first. Approve a plan, or return it with a comment saying what to change.",
  "approvals.empty": "No plan is waiting for your approval.",
  "approvals.submittedOn": "Submitted on {{date}} by her caseworker {{caseworker}}.",
  "approvals.changedOn":
    "Approved, then changed on {{date}} (caseworker {{caseworker}}). It needs your approval again.",
  "approvals.noCaseworker": "not assigned",
  "approvals.approve": "Approve the plan of {{pseudonym}}",
  "approvals.return": "Return the plan of {{pseudonym}}",
  "approvals.commentRequired": "Write what should change before returning the plan.",
  "approvals.done.approve": "The plan of {{pseudonym}} is approved.",
  "approvals.done.return": "The plan of {{pseudonym}} was returned to her caseworker with your comment.",
  "approvals.changedSinceApproval": "Changed since approval",
  "approvals.change.goal-added": "Goal added ({{domain}}): {{what}}",
  "approvals.change.goal-removed": "A goal was removed ({{domain}})",
  "approvals.change.step-added": "Step added ({{domain}}): {{what}}",
  "approvals.change.step-removed": "A step was removed ({{domain}})",
  "approvals.change.agreement-withdrawn": "Her agreement to the plan was withdrawn",
} as const;

export const de: Record<keyof typeof en, string> = {
  "nav.approvals": "Genehmigungen",
  "approvals.title": "Pläne, die auf Genehmigung warten",
  "approvals.intro":
    "Zur Genehmigung eingereichte Pläne und genehmigte Pläne, die sich seither geändert haben, die am längsten wartenden zuerst. Genehmigen Sie einen Plan oder geben Sie ihn mit einem Kommentar zurück, was zu ändern ist.",
  "approvals.empty": "Kein Plan wartet auf Ihre Genehmigung.",
  "approvals.submittedOn": "Eingereicht am {{date}} von ihrer Fallverantwortlichen {{caseworker}}.",
  "approvals.changedOn":
    "Genehmigt, dann am {{date}} geändert (Fallverantwortliche {{caseworker}}). Er braucht erneut Ihre Genehmigung.",
  "approvals.noCaseworker": "nicht zugewiesen",
  "approvals.approve": "Plan von {{pseudonym}} genehmigen",
  "approvals.return": "Plan von {{pseudonym}} zurückgeben",
  "approvals.commentRequired": "Schreiben Sie, was sich ändern soll, bevor Sie den Plan zurückgeben.",
  "approvals.done.approve": "Der Plan von {{pseudonym}} ist genehmigt.",
  "approvals.done.return": "Der Plan von {{pseudonym}} wurde mit Ihrem Kommentar zurückgegeben.",
  "approvals.changedSinceApproval": "Seit der Genehmigung geändert",
  "approvals.change.goal-added": "Ziel hinzugefügt ({{domain}}): {{what}}",
  "approvals.change.goal-removed": "Ein Ziel wurde entfernt ({{domain}})",
  "approvals.change.step-added": "Schritt hinzugefügt ({{domain}}): {{what}}",
  "approvals.change.step-removed": "Ein Schritt wurde entfernt ({{domain}})",
  "approvals.change.agreement-withdrawn": "Ihre Zustimmung zum Plan wurde zurückgezogen",
};

export const it: Record<keyof typeof en, string> = {
  "nav.approvals": "Approvazioni",
  "approvals.title": "Piani in attesa di approvazione",
  "approvals.intro":
    "Piani inviati per l'approvazione e piani approvati modificati in seguito, prima quelli in attesa da più tempo. Approva un piano o rimandalo indietro con un commento su cosa cambiare.",
  "approvals.empty": "Nessun piano attende la tua approvazione.",
  "approvals.submittedOn": "Inviato il {{date}} dalla sua operatrice {{caseworker}}.",
  "approvals.changedOn":
    "Approvato, poi modificato il {{date}} (operatrice {{caseworker}}). Serve di nuovo la tua approvazione.",
  "approvals.noCaseworker": "non assegnata",
  "approvals.approve": "Approva il piano di {{pseudonym}}",
  "approvals.return": "Rimanda il piano di {{pseudonym}}",
  "approvals.commentRequired": "Scrivi cosa deve cambiare prima di rimandare il piano.",
  "approvals.done.approve": "Il piano di {{pseudonym}} è approvato.",
  "approvals.done.return": "Il piano di {{pseudonym}} è stato rimandato alla sua operatrice con il tuo commento.",
  "approvals.changedSinceApproval": "Modificato dopo l'approvazione",
  "approvals.change.goal-added": "Obiettivo aggiunto ({{domain}}): {{what}}",
  "approvals.change.goal-removed": "Un obiettivo è stato rimosso ({{domain}})",
  "approvals.change.step-added": "Passo aggiunto ({{domain}}): {{what}}",
  "approvals.change.step-removed": "Un passo è stato rimosso ({{domain}})",
  "approvals.change.agreement-withdrawn": "Il suo consenso al piano è stato ritirato",
};
