export { TextAreaField } from "./field";
