// Plain-language top messages shared by the server's error answers and the client's forms.

/** The top message of a form whose fields need fixing (each field's own message sits at the field). */
export const FIX_FIELDS_MESSAGE = "Please correct the highlighted fields.";

/** The top message when a link's address or query holds values that are not valid. */
export const FIX_LINK_MESSAGE = "This link holds values that are not valid. Check the address and try again.";

/** The top message of a score form with evaluation points still unset. */
export const UNSCORED_MESSAGE = "Choose a score for each of the four evaluation points, then save.";
