import { createContext } from "react";
import type { EditingChannel } from "../../sync/editingChannel";

/** The board page's editing presence (PRES-EDIT-1); null before its sync engine exists. */
export const EditingContext = createContext<EditingChannel | null>(null);
