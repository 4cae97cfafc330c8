import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ErrorSummary, FieldError, type FormErrors, invalidProps } from "./form-errors.tsx";

type Colleague = { userId: string; displayName: string; role: string };
type Props = {
  client: {
    caseworkerId: string | null;
    caseworkerName: string | null;
    sharedWith: readonly { userId: string; displayName: string }[];
    version: number;
  };
  colleagues: readonly Colleague[];
  canShare: boolean;
  canAssign: boolean;
  errorsOf: (intent: string) => FormErrors | undefined;
};

function ColleagueSelect({
  id,
  choices,
  errors,
}: {
  id: string;
  choices: readonly Colleague[];
  errors: FormErrors | undefined;
}) {
  const { t } = useTranslation();
  return (
    <select id={id} name="userId" defaultValue="" {...invalidProps(errors, "userId", id)}>
      <option value="">{t("client.team.choose")}</option>
      {choices.map((c) => (
        <option key={c.userId} value={c.userId}>
          {c.displayName}
        </option>
      ))}
    </select>
  );
}

/**
 * Her caseworker and the colleagues her case is shared with. Her caseworker or a manager may
 * share and stop sharing; a manager may make another caseworker responsible.
 */
export function TeamSection({ client, colleagues, canShare, canAssign, errorsOf }: Props) {
  const { t } = useTranslation();
  const shared = new Set(client.sharedWith.map((s) => s.userId));
  const caseworkers = colleagues.filter((c) => c.role === "caseworker" && c.userId !== client.caseworkerId);
  const shareErrors = errorsOf("share");
  const assignErrors = errorsOf("assign");
  return (
    <section className="card" aria-labelledby="team-heading">
      <h2 id="team-heading">{t("client.team.title")}</h2>
      <p>
        {client.caseworkerName ? t("client.caseworkerIs", { name: client.caseworkerName }) : t("client.noCaseworker")}
      </p>
      <h3>{t("client.team.sharedWith")}</h3>
      {client.sharedWith.length ? (
        <ul className="team-list">
          {client.sharedWith.map((s) => (
            <li key={s.userId}>
              {s.displayName}
              {canShare ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="unshare" />
                  <input type="hidden" name="userId" value={s.userId} />
                  <button type="submit" className="secondary">
                    {t("client.team.unshare", { name: s.displayName })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("client.team.notShared")}</p>
      )}
      {errorsOf("unshare")?.form ? <ErrorSummary errors={errorsOf("unshare")} /> : null}
      {canShare ? (
        <Form method="post" noValidate className="field">
          {shareErrors?.form ? <ErrorSummary errors={{ form: shareErrors.form }} /> : null}
          <input type="hidden" name="intent" value="share" />
          <label htmlFor="share-userId">{t("client.team.shareLabel")}</label>
          <p className="hint">{t("client.team.shareHint")}</p>
          <FieldError errors={shareErrors} name="userId" id="share-userId" />
          <ColleagueSelect
            id="share-userId"
            choices={caseworkers.filter((c) => !shared.has(c.userId))}
            errors={shareErrors}
          />
          <button type="submit">{t("client.team.share")}</button>
        </Form>
      ) : null}
      {canAssign ? (
        <Form method="post" noValidate className="field">
          {assignErrors?.form ? <ErrorSummary errors={{ form: assignErrors.form }} /> : null}
          <input type="hidden" name="intent" value="assign" />
          <input type="hidden" name="version" value={client.version} />
          <label htmlFor="assign-userId">{t("client.team.assignLabel")}</label>
          <FieldError errors={assignErrors} name="userId" id="assign-userId" />
          <ColleagueSelect id="assign-userId" choices={caseworkers} errors={assignErrors} />
          <button type="submit">{t("client.team.assign")}</button>
        </Form>
      ) : null}
    </section>
  );
}
