/**
 * Phone numbers as people and the PBX write them without a DDD: each extension's DDD, and the numbers a person types
 * read as local to them.
 */
package br.com.jttelecom.console.service.numbers;
