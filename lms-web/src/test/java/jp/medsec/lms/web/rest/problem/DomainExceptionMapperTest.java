package jp.medsec.lms.web.rest.problem;

import jakarta.ws.rs.core.Response.Status;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.core.domain.model.shared.UnavailableException;
import jp.medsec.lms.web.rest.certificates.CertificateFiles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DomainExceptionMapperTest {

    @Test
    void eachKindOfDomainErrorHasItsStatus() {
        assertEquals(Status.NOT_FOUND, DomainExceptionMapper.statusOf(new NotFoundException("course", "x")));
        assertEquals(Status.CONFLICT, DomainExceptionMapper.statusOf(new ConflictException("c", "m")));
        assertEquals(Status.BAD_REQUEST, DomainExceptionMapper.statusOf(new InvalidInputException("c", "m")));
        assertEquals(Status.SERVICE_UNAVAILABLE, DomainExceptionMapper.statusOf(new UnavailableException("c", "m")));
        assertEquals(Status.SERVICE_UNAVAILABLE, DomainExceptionMapper.statusOf(new CertificateFiles.CredentialsNotConfiguredException()),
                "a missing signing key is the server's configuration, not the caller's request");
    }
}
