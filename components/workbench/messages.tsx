"use client";
import { createContext, type ReactNode, useContext } from "react";
import type { WorkbenchMessages } from "@/messages/workbench";

// The workbench's strings in the reader's language only, handed down by the page (a server component) instead of
// imported here: the browser never downloads the other language's catalog with the page's script.
const Context = createContext<WorkbenchMessages | null>(null);

export function WorkbenchMessagesProvider({
  messages,
  children,
}: {
  messages: WorkbenchMessages;
  children: ReactNode;
}) {
  return <Context.Provider value={messages}>{children}</Context.Provider>;
}

export function useWorkbenchMessages(): WorkbenchMessages {
  const w = useContext(Context);
  if (!w) throw new Error("useWorkbenchMessages() outside <WorkbenchMessagesProvider>");
  return w;
}
