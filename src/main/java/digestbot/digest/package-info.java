/**
 * The digest itself: issues as the editor writes them, their parser, the topics and
 * sources catalogues, and the storage of published issues.
 */
package digestbot.digest;
