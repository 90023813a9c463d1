/**
 * Administration: who the admins are, publishing a new issue through the bot, and figures
 * on subscribers and pushes.
 */
package digestbot.admin;
