/** Pure rules of the worklist: process settings and due dates, tasks, the closing policy. */
package se.ebba.worklist.domain;
