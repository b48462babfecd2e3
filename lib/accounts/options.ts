// Account choices shared by the server schemas and the client forms.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
