import type { TaskView } from "@cw/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, type ButtonProps, Flex, Input, Modal, Popconfirm, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";

/**
 * The signed-in user's saved searches (taskViews, decision 0022): pick one to open it, save
 * the current search by name, delete the one open. `query` is the current search as the URL
 * writes it (taskSearchQuery), so the view open is the one whose params are the URL's.
 */
export function SavedViews({ query, onOpen }: { query: string; onOpen: (query: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const views = useQuery(trpc.taskViews.mine.queryOptions());
  const [naming, setNaming] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.taskViews.mine.queryFilter());
  const remove = useMutation(trpc.taskViews.remove.mutationOptions({ onSuccess: refresh }));
  const current = views.data?.find((v) => v.query === query);

  return (
    <Flex wrap gap="small" align="center" className="saved-views" data-testid="saved-views">
      <Select<string>
        aria-label={t("tasks.views.pick")}
        placeholder={t("tasks.views.pick")}
        value={current?.id}
        loading={views.isPending}
        onChange={(id) => {
          const view = views.data?.find((v) => v.id === id);
          if (view) onOpen(view.query);
        }}
        options={(views.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        notFoundContent={t("tasks.views.none")}
        className="task-search-select"
        data-testid="saved-view-pick"
      />
      <Button onClick={() => setNaming(true)} disabled={!query} data-testid="saved-view-save">
        {t("tasks.views.save")}
      </Button>
      {current && (
        <Popconfirm
          title={t("tasks.views.deleteConfirm", { name: current.name })}
          okText={t("tasks.views.delete")}
          cancelText={t("tasks.views.cancel")}
          onConfirm={() => remove.mutate({ id: current.id })}
        >
          <Button danger loading={remove.isPending} data-testid="saved-view-delete">
            {t("tasks.views.delete")}
          </Button>
        </Popconfirm>
      )}
      {naming && (
        <NameDialog
          query={query}
          onClose={(saved) => {
            setNaming(false);
            if (saved) void refresh();
          }}
        />
      )}
    </Flex>
  );
}

function NameDialog({ query, onClose }: { query: string; onClose: (saved?: TaskView) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [name, setName] = useState("");
  const save = useMutation(trpc.taskViews.save.mutationOptions({ onSuccess: (v) => onClose(v) }));
  // The server's words: the field's own message (a name taken) or the request's.
  const fields = (save.error?.data as { fields?: Record<string, string> } | undefined)?.fields;
  const problem = save.error ? (Object.values(fields ?? {})[0] ?? errorMessage(save.error)) : null;
  return (
    <Modal
      open
      title={t("tasks.views.save")}
      okText={t("tasks.views.saveOk")}
      cancelText={t("tasks.views.cancel")}
      okButtonProps={{ disabled: !name.trim(), "data-testid": "saved-view-ok" } as ButtonProps}
      confirmLoading={save.isPending}
      onOk={() => save.mutate({ name: name.trim(), query })}
      onCancel={() => onClose()}
    >
      <Flex vertical gap="small">
        <Input
          autoFocus
          aria-label={t("tasks.views.name")}
          placeholder={t("tasks.views.name")}
          maxLength={40}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => name.trim() && save.mutate({ name: name.trim(), query })}
          data-testid="saved-view-name"
        />
        {problem && (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        )}
      </Flex>
    </Modal>
  );
}
