/** The web site and the JSON API, routed as plain code over the library's front doors. */
package org.menagerie.web;
