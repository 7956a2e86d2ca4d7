/** Channel adapters: the ways clients reach SkillTalk (simulator, Telegram, SMS), in and out. */
package eu.skilltalk.channel;
