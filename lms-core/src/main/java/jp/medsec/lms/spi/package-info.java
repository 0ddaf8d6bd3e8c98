/**
 * The plugin SPI: the only package an activity-type plugin imports from the LMS.
 * It holds no JPA or JAX-RS types, so a plugin depends on nothing but this contract,
 * Jakarta CDI and JSON-P. See docs/architecture.md, "Adding a plugin".
 */
package jp.medsec.lms.spi;
