import { createContext, useContext } from "react";
import type { EditorDrafts } from "./editorDrafts";

/** The open editors' drafts of this board (SYNC-11), kept by the page and read by the cards. */
export const EditorDraftsContext = createContext<EditorDrafts | null>(null);

export function useEditorDrafts(): EditorDrafts {
  const drafts = useContext(EditorDraftsContext);
  if (!drafts) throw new Error("useEditorDrafts needs an EditorDraftsContext provider");
  return drafts;
}
