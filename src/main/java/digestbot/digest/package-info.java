/**
 * The digest itself: issues as the editor writes them, their parser, the topics and
 * sources catalogues, and the storage of published issues.
 */
@ApplicationModule(allowedDependencies = {})
package digestbot.digest;

import org.springframework.modulith.ApplicationModule;
