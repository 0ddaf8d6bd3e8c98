/** JAX-RS resources, one package per area; request and response bodies are records named *Request and *View. */
package jp.medsec.lms.web.rest;
