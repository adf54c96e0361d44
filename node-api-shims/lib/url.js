'use strict';
// The `url` module: the WHATWG URL API and its helpers. (The legacy
// `url.parse`/`format`/`resolve` API is not provided yet.)

const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, pathToFileURL, fileURLToPath, urlToHttpOptions,
} = require('internal/url');

module.exports = {
  URL, URLSearchParams, domainToASCII, domainToUnicode, pathToFileURL, fileURLToPath, urlToHttpOptions,
};
