import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Flex, Input, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";

/**
 * The account screen (lazy route /account, admins and coordinators): two-step sign-in. The
 * server decides who may enrol (`allowed`) and shows the secret and its QR code once, at
 * enrolment; a code from the authenticator app confirms it.
 */
export default function AccountPage() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <header className="page-header">
        <Typography.Title level={1}>{t("account.title")}</Typography.Title>
      </header>
      <TwoStepCard />
    </main>
  );
}

function TwoStepCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.auth.totpStatus.queryOptions());
  const [code, setCode] = useState("");
  const start = useMutation(trpc.auth.totpStart.mutationOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.auth.totpStatus.queryFilter());
  const confirm = useMutation(
    trpc.auth.totpConfirm.mutationOptions({
      onSuccess: () => {
        start.reset();
        setCode("");
        return refresh();
      },
    }),
  );
  const disable = useMutation(trpc.auth.totpDisable.mutationOptions({ onSuccess: refresh }));
  const failed = start.error ?? confirm.error ?? disable.error;

  if (status.isPending) return <Skeleton active />;
  if (status.isError) return <Alert type="error" title={errorMessage(status.error)} />;
  const { enabled, allowed } = status.data;
  return (
    <Card title={t("account.twoStep.title")} size="small" data-testid="two-step">
      <p>{t(enabled ? "account.twoStep.on" : "account.twoStep.off")}</p>
      {!allowed && <p className="muted">{t("account.twoStep.notForRole")}</p>}
      {failed && <Alert type="error" title={errorMessage(failed)} />}
      {allowed && !enabled && !start.data && (
        <Button type="primary" loading={start.isPending} onClick={() => start.mutate()}>
          {t("account.twoStep.start")}
        </Button>
      )}
      {start.data && (
        <Flex vertical gap="small" align="flex-start">
          <p>{t("account.twoStep.scan")}</p>
          <img src={start.data.qrDataUrl} alt={t("account.twoStep.qr")} width={200} height={200} />
          <Typography.Text copyable code data-testid="totp-secret">
            {start.data.secret}
          </Typography.Text>
        </Flex>
      )}
      {(start.data || enabled) && (
        <Flex gap="small" align="center" wrap className="two-step-code">
          <Input
            aria-label={t("account.twoStep.code")}
            placeholder={t("account.twoStep.code")}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.trim())}
            style={{ width: 140 }}
          />
          {start.data ? (
            <Button
              type="primary"
              loading={confirm.isPending}
              onClick={() => confirm.mutate({ code })}
            >
              {t("account.twoStep.confirm")}
            </Button>
          ) : (
            <Button danger loading={disable.isPending} onClick={() => disable.mutate({ code })}>
              {t("account.twoStep.disable")}
            </Button>
          )}
        </Flex>
      )}
    </Card>
  );
}
