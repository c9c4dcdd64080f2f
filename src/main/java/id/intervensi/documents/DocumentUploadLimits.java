package id.intervensi.documents;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The server's multipart limits follow {@code intervensi.documents.max-size}, so that one setting
 * decides how large a document may be: a file up to it, the request a little more for the form's
 * other fields (kind, title). Replaces Spring Boot's limits ({@code
 * spring.servlet.multipart.max-file-size}, {@code max-request-size}); its other multipart settings
 * (location, threshold) stay.
 */
@Configuration
class DocumentUploadLimits {

  /** Room for the form's other fields and the multipart framing around the file. */
  static final DataSize FORM_FIELDS = DataSize.ofKilobytes(64);

  @Bean
  MultipartConfigElement multipartConfigElement(
      MultipartProperties multipart, DocumentSettings documents) {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    if (multipart.getLocation() != null) {
      factory.setLocation(multipart.getLocation());
    }
    factory.setFileSizeThreshold(multipart.getFileSizeThreshold());
    factory.setMaxFileSize(documents.maxSize());
    factory.setMaxRequestSize(DataSize.ofBytes(maxRequestBytes(documents)));
    return factory.createMultipartConfig();
  }

  /** The largest upload request taken: the largest file and the form's other fields. */
  static long maxRequestBytes(DocumentSettings documents) {
    return documents.maxSize().toBytes() + FORM_FIELDS.toBytes();
  }
}
