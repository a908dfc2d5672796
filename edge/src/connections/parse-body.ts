// Moved to http/: kept only for register/, runs/ and customers/ until their branch imports it there.
export { parseBody } from '../http/parse-body'
