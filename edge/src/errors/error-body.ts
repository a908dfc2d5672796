// Moved to http/: kept only for runs/ until its branch imports it there; delete then.
export { errorBody } from '../http/error-body'
