/** Medical institutions (医療機関): hospitals, clinics, dental clinics and pharmacies, where learners work. */
package jp.medsec.lms.core.domain.model.institution;
